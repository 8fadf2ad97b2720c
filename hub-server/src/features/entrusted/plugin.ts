import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { EntrustService } from './entrusted.ts';
import entrustedRoutes from './routes.ts';

/** 委托招聘 (3.1.6): an employer entrusts a vacancy's screening; staff shortlist, refer and hand over. */
async function entrusted(app: FastifyInstance) {
  const service = new EntrustService({
    hub: app.hub, vacancies: app.vacancies, seekers: app.seekers, matching: app.matching, referrals: app.referrals, vocab: app.vocabulary,
  });
  await app.register(entrustedRoutes, { entrusted: service });
}

export default fp(entrusted, {
  name: 'entrusted', dependencies: ['hub', 'staff', 'vocabulary', 'visitors', 'vacancies', 'seekers', 'matching', 'referrals'],
});

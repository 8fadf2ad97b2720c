import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ReferralService } from './referrals.ts';
import referralRoutes from './routes.ts';

/** What other capabilities may ask of referrals (an entrusted shortlist refers, an employer's page lists). */
export type Referrals = Pick<ReferralService, 'create' | 'get' | 'record' | 'list' | 'openFor' | 'refNo' | 'countsBetween'>;

declare module 'fastify' {
  interface FastifyInstance {
    referrals: Referrals;
  }
}

/** Referral slips (推荐) and their follow-up to an outcome (跟踪服务). */
async function referrals(app: FastifyInstance) {
  const service = new ReferralService(app.hub, app.seekers, app.vacancies, app.matching, app.printing, app.vocabulary.policy.referralReminderDays);
  app.decorate('referrals', service satisfies Referrals);
  await app.register(referralRoutes, { referrals: service });
}

export default fp(referrals, { name: 'referrals', dependencies: ['hub', 'staff', 'vocabulary', 'visitors', 'printing', 'vacancies', 'seekers', 'matching'] });

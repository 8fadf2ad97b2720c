import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ContentError } from '../../infra/content.ts';
import caseRoutes from './routes.ts';
import { CaseService } from './service.ts';

/**
 * Case records across visits (the case flows of content/flows): counselling follow-ups (4.1.7, 3.1.12),
 * start-up follow-ups (5.1.3), personnel-file custody (6.1.5), unemployed persons' records with the
 * registrations staff complete at the window (7.1.4, 7.1.1, 7.1.2).
 */
async function cases(app: FastifyInstance) {
  const service = new CaseService({ hub: app.hub, flows: app.flows, seekers: app.seekers, bookings: app.bookings });
  const types = new Map<string, string>();
  for (const f of service.flows()) {
    const other = types.get(f.caseType);
    if (other) throw new ContentError(`${app.hub.config.contentDir}/flows/${f.id}.json: caseType: "${f.caseType}" is already kept by ${other}`);
    types.set(f.caseType, f.id);
  }
  await app.register(caseRoutes, { cases: service });
}

export default fp(cases, { name: 'cases', dependencies: ['hub', 'flows', 'staff', 'visitors', 'seekers', 'bookings'] });

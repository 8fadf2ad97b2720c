import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { FairService } from './fairs.ts';
import fairRoutes from './routes.ts';
import { seedFairsOnce } from './seed.ts';

/** What other capabilities may ask of recruitment fairs (the lobby screens show the calendar and booth maps). */
export type Fairs = Pick<FairService, 'bookingsOf' | 'calendar' | 'get' | 'detail'>;

declare module 'fastify' {
  interface FastifyInstance {
    fairs: Fairs;
  }
}

/** Recruitment fairs (现场招聘, 专场招聘): the calendar, booth booking, sign-up and each fair's vacancies. */
async function fairs(app: FastifyInstance) {
  const { db, config, catalogue, now } = app.hub;
  const service = new FairService(db, app.employers, app.vacancies, now, catalogue.hall.timezone);
  app.vacancies.acceptFairs((id) => service.isScheduled(id));
  seedFairsOnce(db, config.contentDir, service, now(), catalogue.hall.timezone);
  app.decorate('fairs', service satisfies Fairs);
  await app.register(fairRoutes, { fairs: service });
}

export default fp(fairs, { name: 'fairs', dependencies: ['hub', 'staff', 'visitors', 'employers', 'vacancies'] });

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { EmployerService } from './employers.ts';
import employerRoutes from './routes.ts';
import { seedAgenciesOnce } from './seed.ts';

/** What other capabilities may ask of employer accounts. */
export type Employers = Pick<EmployerService, 'get' | 'assertMayPublish' | 'list'>;

declare module 'fastify' {
  interface FastifyInstance {
    employers: Employers;
  }
}

/** Employer accounts and licensed agencies (用人单位会员, 劳务派遣/境外就业机构). */
async function employers(app: FastifyInstance) {
  const { db, now, catalogue } = app.hub;
  const service = new EmployerService(db, app.vocabulary, now, catalogue.hall.timezone);
  seedAgenciesOnce(db, app.hub.config.contentDir, now());
  app.decorate('employers', service satisfies Employers);
  await app.register(employerRoutes, { employers: service });
}

export default fp(employers, { name: 'employers', dependencies: ['hub', 'staff', 'vocabulary', 'visitors'] });

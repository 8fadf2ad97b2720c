import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import seekerRoutes from './routes.ts';
import { SeekerService } from './seekers.ts';

/** What other capabilities may ask of job seekers: masked views and the profile matching reads, never identity. */
export type Seekers = Pick<SeekerService, 'view' | 'profile' | 'consenting' | 'followedBy' | 'findByIdNumber' | 'register'>;

declare module 'fastify' {
  interface FastifyInstance {
    seekers: Seekers;
  }
}

/** Job seekers (求职登记): registration with a sealed ID number, kiosk sign-in, profile and consent. */
async function seekers(app: FastifyInstance) {
  const { db, vault, now, catalogue } = app.hub;
  const service = new SeekerService(db, app.vocabulary, vault, now, catalogue.hall.timezone, {
    hallName: catalogue.hall.name, print: (kioskId, doc, opts) => app.printing.print(kioskId, doc, opts), atWindow: (id) => app.services.atWindow(id),
  });
  app.decorate('seekers', service satisfies Seekers);
  app.retention.register('seeker-identity', (before) => service.forgetIdentities(before));
  await app.register(seekerRoutes, { seekers: service });
}

export default fp(seekers, { name: 'seekers', dependencies: ['hub', 'staff', 'retention', 'vocabulary', 'visitors', 'printing', 'services'] });

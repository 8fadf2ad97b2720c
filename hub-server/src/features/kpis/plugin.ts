import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { KpiService } from './report.ts';
import kpiRoutes from './routes.ts';

/** What other capabilities may ask of the KPIs (the employment bulletin's queue figures). */
export type Kpis = Pick<KpiService, 'report'>;

declare module 'fastify' {
  interface FastifyInstance {
    kpis: Kpis;
  }
}

/** Queue KPIs (统计) from the queue's event log, which the queue capability reads back for it (app.queue.log). */
async function kpis(app: FastifyInstance) {
  const service = new KpiService(app.hub, app.queue.log, () => app.staff.names());
  app.decorate('kpis', service satisfies Kpis);
  await app.register(kpiRoutes, { kpis: service });
}

export default fp(kpis, { name: 'kpis', dependencies: ['hub', 'staff', 'queue'] });

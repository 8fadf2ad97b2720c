import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { KpiService } from './report.ts';
import kpiRoutes from './routes.ts';

/** Queue KPIs (统计) from the queue's event log, which the queue capability reads back for it (app.queue.log). */
async function kpis(app: FastifyInstance) {
  await app.register(kpiRoutes, { kpis: new KpiService(app.hub, app.queue.log, () => app.staff.names()) });
}

export default fp(kpis, { name: 'kpis', dependencies: ['hub', 'staff', 'queue'] });

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, KpiQuery, KpiReport } from '../../contract/index.ts';
import { BOM, kpiCsv } from './csv.ts';
import type { KpiService } from './report.ts';

/** Queue KPIs for staff: the JSON the admin page draws, and the same table as a spreadsheet. */
export default async function kpiRoutes(app: FastifyInstance, { kpis }: { kpis: KpiService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/kpis', {
    config: { access: { staff: 'kpi.read' } },
    schema: {
      tags: ['queue'],
      summary: 'Queue KPIs from the event log: wait and service time (average, p90), no-shows, service level; by line, service, counter, staff or hour',
      querystring: KpiQuery,
      response: { 200: KpiReport, 400: ApiError, 401: ApiError },
    },
  }, async (req) => kpis.report(req.query));

  api.get('/api/kpis.csv', {
    config: { access: { staff: 'kpi.read' } },
    schema: {
      tags: ['queue'],
      summary: 'The same KPIs as CSV (UTF-8 with BOM for Excel; header in Chinese and English)',
      querystring: KpiQuery,
    },
  }, async (req, reply) => {
    const { from, to, groupBy } = req.query;
    const csv = BOM + kpiCsv(await kpis.report(req.query));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="jobhall-kpis-${from}-${to}-${groupBy}.csv"`)
      // Staff export again after more visits; a cached copy would be stale.
      .header('cache-control', 'no-store')
      .send(csv);
  });
}

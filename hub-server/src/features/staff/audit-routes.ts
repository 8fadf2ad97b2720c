import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, AuditPage, AuditQuery } from '../../contract/index.ts';
import { auditCsv, type AuditLog } from './audit-log.ts';

/** A spreadsheet of the audit holds at most this many lines; narrow the dates for more. */
const CSV_ROWS = 50_000;

/** The audit log for those holding audit.read: search it, page back, export what was found. */
export default async function auditRoutes(app: FastifyInstance, { audit }: { audit: AuditLog }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/audit', {
    config: { access: { staff: 'audit.read' } },
    schema: {
      tags: ['staff'], summary: 'Search the audit log: newest first, by time, actor, action and text; page back with before=<id>',
      querystring: AuditQuery, response: { 200: AuditPage, 400: ApiError, 401: ApiError, 403: ApiError },
    },
  }, async (req) => audit.search(req.query));

  api.get('/api/audit.csv', {
    config: { access: { staff: 'audit.read' } },
    schema: { tags: ['staff'], summary: 'The same search as CSV (UTF-8 with BOM), up to 50,000 lines', querystring: AuditQuery },
  }, async (req, reply) => {
    const { items } = audit.search({ ...req.query, limit: CSV_ROWS });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="jobhall-audit-${app.hub.now().toISOString().slice(0, 10)}.csv"`)
      .header('cache-control', 'no-store')
      .send(auditCsv(items));
  });
}

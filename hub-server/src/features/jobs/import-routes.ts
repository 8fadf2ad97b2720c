import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, ImportQuery, ImportReport, ImportStarted } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { staffOf } from '../staff/guard.ts';
import type { VacancyImports } from './imports.ts';
import { parseCsv } from './sheet-csv.ts';
import { SheetError, readXlsx } from './sheet-xlsx.ts';

/** A city's monthly import is a few thousand rows; 5 MiB holds that with room, and stops a runaway upload. */
const IMPORT_BYTES = 5 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export default async function importRoutes(app: FastifyInstance, { imports }: { imports: VacancyImports }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Only this plugin takes sheets as bodies; the rest of the API stays JSON.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: IMPORT_BYTES }, (_req, body, done) => done(null, body));
  app.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: IMPORT_BYTES }, (_req, body, done) => done(null, body));

  api.post('/api/vacancies/import', {
    config: { access: { staff: 'vacancy.approve' } },
    bodyLimit: IMPORT_BYTES,
    schema: {
      tags: ['jobs'],
      summary: 'Import vacancies from a sheet (staff): text/csv or .xlsx; each row is checked like a kiosk registration',
      description: 'The header row names the fields in Chinese (岗位名称, 单位名称, 岗位描述, 区, 最低月薪, 最高月薪, 招聘人数, 联系电话, …) or by API name. '
        + 'A column the form does not have refuses the sheet. Answers at once; follow the progress and per-row errors at /api/vacancies/imports/:id.',
      querystring: ImportQuery,
      response: { 202: ImportStarted, 400: ApiError, 401: ApiError, 403: ApiError, 413: ApiError, 415: ApiError },
    },
  }, async (req, reply) => {
    const body = req.body as unknown;
    let sheet: string[][];
    if (typeof body === 'string') sheet = parseCsv(body);
    else if (Buffer.isBuffer(body)) {
      try {
        sheet = readXlsx(body);
      } catch (err) {
        if (err instanceof SheetError) throw fieldError(400, 'body', err.message);
        throw err;
      }
    } else throw fieldError(415, 'headers.content-type', `send text/csv or ${XLSX}`);
    const started = imports.start(sheet, staffOf(req).staff.username, req.query.publish);
    reply.status(202);
    return started;
  });

  api.get('/api/vacancies/imports/:id', {
    config: { access: { staff: 'vacancy.read' } },
    schema: {
      tags: ['jobs'], summary: 'Progress of an import and its per-row error report', params: z.strictObject({ id: z.uuid() }),
      response: { 200: ImportReport, 401: ApiError, 404: ApiError },
    },
  }, async (req) => imports.report(req.params.id));
}

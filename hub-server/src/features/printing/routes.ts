import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, PrintJobState, PrintJobView, Uuid } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';

export default async function printingRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/print-jobs/:jobId', {
    config: { access: { public: 'a kiosk follows the print job it just started, by its random id; the state only, never the content' } },
    schema: {
      tags: ['printing'],
      summary: 'A print job; with ?after=<state> it waits (up to waitMs) until the job leaves that state',
      params: z.strictObject({ jobId: Uuid }),
      querystring: z.strictObject({
        after: PrintJobState.optional(),
        waitMs: z.coerce.number().int().min(0).max(30_000).default(10_000),
      }),
      response: { 200: PrintJobView, 404: ApiError },
    },
  }, async (req) => {
    const job = req.query.after
      ? await app.printing.waitForChange(req.params.jobId, req.query.after, req.query.waitMs)
      : app.printing.get(req.params.jobId);
    if (!job) throw fieldError(404, 'params.jobId', 'no such print job');
    return job;
  });
}

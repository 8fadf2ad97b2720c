import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, PrintJobState, PrinterFault, Slug, Uuid } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';

const PrintJobView = z.object({
  jobId: Uuid,
  printerId: Slug,
  ticketId: Uuid.nullable(),
  state: PrintJobState,
  faults: z.array(PrinterFault),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** How often unpublished jobs are tried again and stale ones expired. */
const SWEEP_MS = 5000;

export default async function printingRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { bus, printing, catalogue, log, mqtt } = app.hub;
  const printers = new Set(catalogue.hall.devices.filter((d) => d.kind === 'printer').map((d) => d.id));

  const unsubscribe = [
    await bus.subscribe('printResult', (result, { deviceId }) => printing.applyResult(deviceId, result)),
    // A printer agent that (re)connects may have lost its memory: give it every job that has not printed.
    await bus.subscribe('devicePresence', (presence, { deviceId }) => {
      if (presence.state === 'online' && printers.has(deviceId)) void printing.retryOpen(deviceId);
    }),
  ];
  const onReconnect = () => void printing.retryOpen();
  mqtt.on('connect', onReconnect);
  const sweep = setInterval(() => void printing.sweep().catch((err: Error) => log.warn({ err: err.message }, 'print sweep failed')), SWEEP_MS);
  sweep.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweep);
    mqtt.off('connect', onReconnect);
    await Promise.all(unsubscribe.map((u) => u().catch(() => {})));
  });

  api.get('/api/print-jobs/:jobId', {
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
      ? await printing.waitForChange(req.params.jobId, req.query.after, req.query.waitMs)
      : printing.get(req.params.jobId);
    if (!job) throw fieldError(404, 'params.jobId', 'no such print job');
    return job;
  });
}

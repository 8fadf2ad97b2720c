import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { PrintDocument, PrintJobState, PrintJobView, PrintStatus } from '../../contract/index.ts';
import { Printing } from './printing.ts';
import printingRoutes from './routes.ts';

/** The one way any capability prints: see printing.ts. */
export interface PrintingApi {
  print(kioskId: string, document: PrintDocument, opts?: { ticketId?: string; field?: string }): PrintJobView | null;
  get(jobId: string): PrintJobView | null;
  forTicket(ticketId: string): PrintJobView | null;
  status(job: PrintJobView): PrintStatus;
  waitForChange(jobId: string, from: PrintJobState, timeoutMs: number): Promise<PrintJobView | null>;
}

declare module 'fastify' {
  interface FastifyInstance {
    printing: PrintingApi;
  }
}

async function printing(app: FastifyInstance) {
  const { db, bus, catalogue, config, events, log, now } = app.hub;
  const service = new Printing({ db, bus, catalogue, printerFaults: (id) => app.devices.printerFaults(id), retryMs: config.printRetryMs, now, log });
  app.decorate('printing', service satisfies PrintingApi);

  // A printer agent that (re)connects may have lost its memory: give it every job that has not printed.
  const printers = new Set(catalogue.hall.devices.filter((d) => d.kind === 'printer').map((d) => d.id));
  const online = new Set<string>();
  const returned = (id: string, state: string) => {
    if (!printers.has(id)) return;
    if (state !== 'online') return void online.delete(id);
    if (online.has(id)) return;
    online.add(id);
    service.printerReturned(id).catch((err: Error) => log.warn({ err: err.message, printerId: id }, 'print jobs not sent again'));
  };
  const off = events.on('device.changed', (h) => returned(h.id, h.state));
  for (const h of app.devices.all()) returned(h.id, h.state);
  await service.start();
  app.addHook('onClose', async () => {
    off();
    await service.stop();
  });
  await app.register(printingRoutes);
}

export default fp(printing, { name: 'printing', dependencies: ['hub', 'devices'] });

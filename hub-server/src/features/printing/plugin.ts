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
  const service = new Printing({ db, bus, catalogue, printerFaults: (id) => app.devices.printerFaults(id), retryMs: config.printRetryMs, events, now, log });
  app.decorate('printing', service satisfies PrintingApi);

  // A printer agent that (re)connects may have lost its memory: give it every job that has not printed.
  const resend = (printerId: string) =>
    service.printerReturned(printerId).catch((err: Error) => log.warn({ err: err.message, printerId }, 'print jobs not sent again'));
  await service.start();
  const off = events.on('device.connected', (d) => {
    if (d.kind === 'printer') void resend(d.deviceId);
  });
  // An announcement may have arrived (retained) before this subscription: printers online now count as returned.
  for (const h of app.devices.all()) if (h.kind === 'printer' && h.state === 'online') void resend(h.id);
  app.addHook('onClose', async () => {
    off();
    await service.stop();
  });
  await app.register(printingRoutes);
}

export default fp(printing, { name: 'printing', dependencies: ['hub', 'devices'] });

import { z } from 'zod';
import { LocalizedText } from './common.ts';
import { Counter, HallFile, Module, QueueLine, ServiceFunction } from './content.ts';
import { Uuid } from './common.ts';
import { PrintJobState } from './print.ts';

/** GET /api/services items: the function plus its module and, for window services, its queue line. */
export const ServiceView = ServiceFunction.extend({
  module: Module,
  /** Ticket prefix and name of the queue line, for services handled at a window. */
  ticket: z.object({ queueId: z.string(), prefix: z.string(), name: LocalizedText }).nullable(),
});
export type ServiceView = z.infer<typeof ServiceView>;

/** GET /api/hall: the hall as kiosks and screens need it (no device credentials). */
export const HallView = z.object({
  id: z.string(),
  name: LocalizedText,
  address: LocalizedText,
  timezone: z.string(),
  queues: z.array(QueueLine),
  counters: z.array(Counter),
  kiosks: HallFile.shape.kiosks,
});
export type HallView = z.infer<typeof HallView>;

/** A document sent to a kiosk's printer (a service guide): its job, to follow at /api/print-jobs/:jobId. */
export const PrintAccepted = z.strictObject({ jobId: Uuid, state: PrintJobState });
export type PrintAccepted = z.infer<typeof PrintAccepted>;

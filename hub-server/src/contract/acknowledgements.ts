import { z } from 'zod';
import { Uuid } from './common.ts';
import { PrintJobState } from './print.ts';

/** 202 to a print request (a service guide on a kiosk's printer): the job is queued; the printer says when it is done. */
export const PrintQueued = z.object({ jobId: Uuid, state: PrintJobState });
export type PrintQueued = z.infer<typeof PrintQueued>;

/** 200 to a staff logout: the session is over and its cookie cleared. */
export const LoggedOut = z.strictObject({ ok: z.literal(true) });
export type LoggedOut = z.infer<typeof LoggedOut>;

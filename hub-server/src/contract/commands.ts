import { z } from 'zod';

/**
 * The states of a device command that is answered by a plain acknowledgement (an LED line now; signage
 * revisions next). Print jobs have a richer set of their own (PrintJobState). queued: issued, not yet handed
 * to the broker. sent: the broker took it. acknowledged: the device answered with its correlation id.
 * unanswered: no answer after every retry. expired: its lifetime ran out before it was answered.
 */
export const CommandState = z.enum(['queued', 'sent', 'acknowledged', 'unanswered', 'expired']);
export type CommandState = z.infer<typeof CommandState>;

export const COMMAND_FINAL: readonly CommandState[] = ['acknowledged', 'unanswered', 'expired'];

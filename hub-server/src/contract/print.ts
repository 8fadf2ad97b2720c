import { z } from 'zod';
import { IsoTime, Slug, Uuid } from './common.ts';

/**
 * A printable document as layout blocks. The hub decides what a ticket or a slip says; the printer agent only
 * turns blocks into ESC/POS for its printer, so every document kind prints through one encoder.
 */
export const PrintBlock = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('text'),
    text: z.string().max(2000),
    align: z.enum(['left', 'center', 'right']).default('left'),
    /** Character magnification, 1 = normal; ESC/POS GS ! allows 1–8, receipts use 1–4. */
    size: z.number().int().min(1).max(4).default(1),
    bold: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal('qr'),
    data: z.string().min(1).max(700),
    /** QR module size in dots (GS ( k fn 167 allows 1–16). */
    moduleSize: z.number().int().min(1).max(16).default(6),
  }),
  z.strictObject({ type: z.literal('rule') }),
  z.strictObject({ type: z.literal('feed'), lines: z.number().int().min(1).max(10).default(1) }),
]);
export type PrintBlock = z.infer<typeof PrintBlock>;
export type PrintBlockInput = z.input<typeof PrintBlock>;

export const PrintDocument = z.strictObject({
  kind: z.enum(['ticket', 'slip', 'test']),
  blocks: z.array(PrintBlock).min(1).max(200),
});
export type PrintDocument = z.infer<typeof PrintDocument>;

/** hub → printer agent, QoS 1. jobId deduplicates redelivery; correlationId is echoed in the result. */
export const PrintJob = z.strictObject({
  jobId: Uuid,
  correlationId: z.string().min(1).max(80),
  /** When the hub issued it, on the hub's clock: for the log, never compared with the agent's clock. */
  issuedAt: IsoTime,
  /**
   * What is left of the job's lifetime when this copy was sent, in ms. The agent counts it from receipt on its
   * own clock and then drops the job unprinted: a ticket printed long after the visitor left helps nobody.
   * (A copy the broker held for an agent that was away is counted from its late arrival; by then the hub has
   * expired the job on its own clock and ignores what the agent reports for it.)
   */
  ttlMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
  document: PrintDocument,
});
export type PrintJob = z.infer<typeof PrintJob>;

export const PrinterFault = z.enum(['offline', 'paper-out', 'cover-open', 'cutter-error', 'error', 'unreachable']);
export type PrinterFault = z.infer<typeof PrinterFault>;

/** Retained printer state, read back with DLE EOT 1–4 after every job and on a poll. */
export const PrinterState = z.strictObject({
  deviceId: Slug,
  transport: z.enum(['sim', 'tcp', 'file']),
  /** Faults that stop printing. Empty means the printer can print. */
  faults: z.array(PrinterFault),
  /** Warnings that do not stop printing yet. */
  paperNearEnd: z.boolean(),
  /** false when the transport cannot read status back (a write-only device file). */
  statusKnown: z.boolean(),
  at: IsoTime,
});
export type PrinterState = z.infer<typeof PrinterState>;

/**
 * The one vocabulary of a print job's states, used by the hub's transition table, the printer agent's job
 * machine, the API and the kiosk. queued: stored by the hub, not yet handed to the broker. sent: the broker
 * took it. waiting-printer: the agent holds it until the printer can print. printed: written, and the status
 * read afterwards was clean. failed: it cannot print. expired: its lifetime ran out unprinted.
 */
export const PrintJobState = z.enum(['queued', 'sent', 'waiting-printer', 'printed', 'failed', 'expired']);
export type PrintJobState = z.infer<typeof PrintJobState>;

/** On its way to the printer: nothing has been heard from the agent yet. */
export const PRINT_IN_FLIGHT: readonly PrintJobState[] = ['queued', 'sent'];
/** Still to print: the hub sends these again when the printer comes back. */
export const PRINT_OPEN: readonly PrintJobState[] = ['queued', 'sent', 'waiting-printer'];
/** Done, one way or another: nothing changes these any more. */
export const PRINT_FINAL: readonly PrintJobState[] = ['printed', 'failed', 'expired'];

export const isOpenPrint = (state: PrintJobState): boolean => PRINT_OPEN.includes(state);
export const isFinalPrint = (state: PrintJobState): boolean => PRINT_FINAL.includes(state);

/** What a printer agent reports: every state past the hub's own two. */
export const PrintResultState = PrintJobState.exclude(['queued', 'sent']);
export type PrintResultState = z.infer<typeof PrintResultState>;

/** printer agent → hub, QoS 1. */
export const PrintResult = z.strictObject({
  jobId: Uuid,
  correlationId: z.string().min(1).max(80),
  state: PrintResultState,
  /** The faults that held or failed the job. */
  faults: z.array(PrinterFault),
  bytes: z.number().int().nonnegative(),
  at: IsoTime,
});
export type PrintResult = z.infer<typeof PrintResult>;

/** A print job as the API shows it (GET /api/print-jobs/:jobId). */
export const PrintJobView = z.strictObject({
  jobId: Uuid,
  printerId: Slug,
  ticketId: Uuid.nullable(),
  state: PrintJobState,
  faults: z.array(PrinterFault),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type PrintJobView = z.infer<typeof PrintJobView>;

/**
 * Where the paper of a ticket, slip or receipt is: what tickets, referrals and interviews carry. While the job
 * is open, `faults` are the printer's faults now; after, the faults the agent reported with its result.
 */
export const PrintStatus = z.strictObject({
  jobId: Uuid,
  printerId: Slug,
  state: PrintJobState,
  faults: z.array(PrinterFault),
});
export type PrintStatus = z.infer<typeof PrintStatus>;

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
  issuedAt: IsoTime,
  /** After this the agent drops the job unprinted: a ticket printed long after the visitor left helps nobody. */
  expiresAt: IsoTime,
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

export const PrintJobState = z.enum(['queued', 'sent', 'waiting-printer', 'printed', 'failed', 'expired']);
export type PrintJobState = z.infer<typeof PrintJobState>;

/** printer agent → hub, QoS 1. */
export const PrintResult = z.strictObject({
  jobId: Uuid,
  correlationId: z.string().min(1).max(80),
  state: z.enum(['printed', 'waiting-printer', 'failed', 'expired']),
  /** The faults that held or failed the job. */
  faults: z.array(PrinterFault),
  bytes: z.number().int().nonnegative(),
  at: IsoTime,
});
export type PrintResult = z.infer<typeof PrintResult>;

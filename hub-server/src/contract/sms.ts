import { z } from 'zod';
import { IsoTime, Uuid } from './common.ts';

/** A mainland mobile number, 11 digits starting 1[3-9]; spaces and dashes people type are removed first. */
export const MobileNumber = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^1[3-9]\d{9}$/, 'an 11-digit mobile number starting 13–19'));

/** Shown instead of the number everywhere after entry: 138****5678. */
export function maskMobile(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***';
}

export const SmsOptInBody = z.strictObject({ phone: MobileNumber });
export const SmsOptInResult = z.strictObject({ phoneMasked: z.string(), notifyWhenAhead: z.number().int().positive() });

/** hub → SMS agent, QoS 1. The agent drops a messageId it has already sent. */
export const SmsCommand = z.strictObject({
  messageId: Uuid,
  to: z.string().regex(/^1[3-9]\d{9}$/),
  text: z.string().min(1).max(300),
  correlationId: z.string().min(1).max(80),
});
export type SmsCommand = z.infer<typeof SmsCommand>;

/** SMS agent → hub, QoS 1. */
export const SmsResult = z.strictObject({
  messageId: Uuid,
  correlationId: z.string().min(1).max(80),
  state: z.enum(['sent', 'failed']),
  error: z.string().max(300).optional(),
  at: IsoTime,
});
export type SmsResult = z.infer<typeof SmsResult>;

/**
 * SMS agent → hub, QoS 1: a message a phone sent to the hall's number (a reply such as 退订, TD or STOP). The
 * gateway that can receive hands it to the agent; the hub acts on it and keeps no copy of the number.
 */
export const SmsInbound = z.strictObject({
  messageId: z.string().min(1).max(80),
  from: z.string().regex(/^1[3-9]\d{9}$/),
  text: z.string().max(500),
  at: IsoTime,
});
export type SmsInbound = z.infer<typeof SmsInbound>;

/**
 * Replies that mean "stop texting me", honoured for every message the hall sends: subscriptions end and a
 * ticket's reminder number is forgotten. TD and T are the operators' usual 退订 codes; STOP for English.
 */
export const STOP_WORDS = ['退订', 'TD', 'T', 'STOP', 'UNSUBSCRIBE', '取消订阅', '取消', 'N'] as const;

/** Whether a reply asks to stop: the whole message is a stop word, whatever its case, spaces or punctuation. */
export function isStopReply(text: string): boolean {
  const word = text.normalize('NFKC').replace(/[\s.。!！,，]/g, '').toUpperCase();
  return (STOP_WORDS as readonly string[]).includes(word);
}

/** A message in the staff's SMS log: the number masked, never the number. */
export const SmsMessage = z.strictObject({
  id: z.string(),
  ticket_id: z.string().nullable(),
  to_masked: z.string(),
  text: z.string(),
  state: z.enum(['queued', 'sent', 'failed']),
  error: z.string().nullable(),
  created_at: z.string(),
});
export type SmsMessage = z.infer<typeof SmsMessage>;

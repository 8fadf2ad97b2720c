import { z } from 'zod';

/** One line of the append-only audit log: who did what, on what, when, from where, with what answer. */
export const AuditEntry = z.strictObject({
  id: z.number().int(),
  at: z.string(),
  /** A staff user name; for a failed login the name that was tried; "system" for the hub's own jobs. */
  actor: z.string(),
  /** "POST /api/vacancies/:id/approve", "login", "login.failed", "login.locked", "purge". */
  action: z.string(),
  /** The route's parameters as JSON, or what a job touched. */
  target: z.string().nullable(),
  /** The HTTP status answered; 0 for the hub's own jobs. */
  status: z.number().int(),
  ip: z.string().nullable(),
  /** Which fields were sent (names only), or a job's summary. */
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const Instant = z.iso.datetime({ offset: true });

/** GET /api/audit and /api/audit.csv: newest first; `before` pages back by id. */
export const AuditQuery = z.strictObject({
  from: Instant.optional(),
  to: Instant.optional(),
  actor: z.string().max(64).optional(),
  /** Part of the action ("approve", "login.failed", "/api/staff"). */
  action: z.string().max(100).optional(),
  /** Part of the target or detail ("42", "password"). */
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.strictObject({ items: z.array(AuditEntry), more: z.boolean() });
export type AuditPage = z.infer<typeof AuditPage>;

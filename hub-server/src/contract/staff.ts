import { z } from 'zod';

export const StaffRole = z.enum(['admin', 'staff']);
export type StaffRole = z.infer<typeof StaffRole>;

export const LoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const StaffMember = z.strictObject({
  username: z.string(),
  displayName: z.string(),
  role: StaffRole,
});
export type StaffMember = z.infer<typeof StaffMember>;

/** The session itself travels in an httpOnly cookie; the CSRF token goes back in the x-csrf-token header. */
export const SessionInfo = z.strictObject({ csrfToken: z.string(), staff: StaffMember });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SESSION_COOKIE = 'jobhall_session';
export const CSRF_HEADER = 'x-csrf-token';

/** POST /api/staff/logout. */
export const LoggedOut = z.strictObject({ ok: z.literal(true) });

import { z } from 'zod';
import { Permission, RoleId } from './permissions.ts';

export const LoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const StaffMember = z.strictObject({
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleId),
  /** What the roles allow, so the admin shows only what this person may do. */
  permissions: z.array(Permission),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** The session itself travels in an httpOnly cookie; the CSRF token goes back in the x-csrf-token header. */
export const SessionInfo = z.strictObject({ csrfToken: z.string(), staff: StaffMember });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SESSION_COOKIE = 'jobhall_session';
export const CSRF_HEADER = 'x-csrf-token';

/** POST /api/staff/logout. */
export const LoggedOut = z.strictObject({ ok: z.literal(true) });

/** A staff user name: letters, digits and . _ -, so it reads the same in logs, the audit and CSV exports. */
export const StaffUsername = z.string().regex(/^[A-Za-z0-9._-]{2,64}$/, 'letters, digits, . _ - (2 to 64)');
/** A staff password: long enough that the login throttle makes guessing hopeless. */
export const StaffPassword = z.string().min(10, 'at least 10 characters').max(256);
/** The roles of an account: at least one, each once. */
export const StaffRoles = z.array(RoleId).min(1).max(RoleId.options.length)
  .refine((roles) => new Set(roles).size === roles.length, 'each role once');

/** POST /api/staff/users (administrators): a new account with its roles. */
export const CreateStaffBody = z.strictObject({
  username: StaffUsername,
  password: StaffPassword,
  roles: StaffRoles,
  displayName: z.string().trim().min(1).max(64).optional(),
});
export type CreateStaffBody = z.infer<typeof CreateStaffBody>;

export const StaffCreated = z.strictObject({ id: z.number().int() });

export const StaffIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** An account as the administrators' list shows it; never its password hash. */
export const StaffAccount = z.strictObject({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleId),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type StaffAccount = z.infer<typeof StaffAccount>;

export const SetRolesBody = z.strictObject({ roles: StaffRoles });
export const ResetPasswordBody = z.strictObject({ password: StaffPassword });
export const SetDisabledBody = z.strictObject({ disabled: z.boolean() });

import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { permissionsOf, type Permission, type RoleId, type StaffRole } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { requireStaff, staffOf } from '../staff/guard.ts';

/**
 * Until staff sessions carry their roles (the Trust work), a session's role maps onto the contract's roles:
 * the administrator holds every permission, other staff those of counter staff (no signage content, no alerts).
 */
const ROLE_OF: Record<StaffRole, RoleId> = { admin: 'admin', staff: 'counter-staff' };

/** A staff session holding `permission` (and the CSRF token for writes); route config declares the same. */
export function requirePermission(permission: Permission): preHandlerAsyncHookHandler {
  const staff = requireStaff();
  return async function permissionGuard(req, reply) {
    await staff.call(this, req, reply);
    if (!permissionsOf([ROLE_OF[staffOf(req).staff.role]]).includes(permission)) {
      throw new HttpError(403, 'PERMISSION', `this needs the permission ${permission}`);
    }
  };
}

/** Who did it, for the audit log. */
export const actorOf = (req: FastifyRequest): string => staffOf(req).staff.username;

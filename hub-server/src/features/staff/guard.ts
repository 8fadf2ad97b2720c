import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE, type Permission } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import type { Session } from './store.ts';

declare module 'fastify' {
  interface FastifyRequest {
    staffSession: Session | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Any signed-in staff member, whatever their roles: their own session (who am I, log out). */
export const SIGNED_IN = 'signed-in';

export type StaffGuard = (req: FastifyRequest, reply: FastifyReply) => Promise<void>;

/**
 * Every staff route: a valid session cookie, the permission the route declares, and for anything that changes
 * state the CSRF token in the x-csrf-token header (a cross-site form can send the cookie but cannot read the
 * token). Routes get it from their `access` config (route-access.ts); the visitors capability calls it for
 * routes that serve staff and visitors both.
 */
export function requireStaff(permission: Permission | typeof SIGNED_IN): StaffGuard {
  return async function staffGuard(req: FastifyRequest, _reply: FastifyReply) {
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? req.server.staff.session(token, req.server.hub.now()) : null;
    if (!session) throw new HttpError(401, 'LOGIN_REQUIRED', 'staff login required');
    // Known before the checks below, so a refused attempt is audited under its author (audit-hook.ts); a
    // refused request never reaches a handler, so nothing acts on it.
    req.staffSession = session;
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new HttpError(403, 'CSRF_TOKEN', `${CSRF_HEADER}: missing or wrong CSRF token`, [
          { path: `headers.${CSRF_HEADER}`, message: 'missing or wrong CSRF token' },
        ]);
      }
    }
    if (permission !== SIGNED_IN && !session.staff.permissions.includes(permission)) {
      throw new HttpError(403, 'PERMISSION', `this needs the permission ${permission}`, undefined, undefined, { permission });
    }
  };
}

/** The session a guarded handler runs under. */
export function staffOf(req: FastifyRequest): Session {
  if (!req.staffSession) throw new HttpError(401, 'LOGIN_REQUIRED', 'staff login required');
  return req.staffSession;
}

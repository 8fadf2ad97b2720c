import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE, type StaffRole } from '../../contract/index.ts';
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

/**
 * Every staff route: a valid session cookie, and for anything that changes state the CSRF token in the
 * x-csrf-token header (a cross-site form can send the cookie but cannot read the token).
 */
export function requireStaff(...roles: StaffRole[]): preHandlerAsyncHookHandler {
  return async function staffGuard(req: FastifyRequest, _reply: FastifyReply) {
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? req.server.staff.session(token, req.server.hub.now()) : null;
    if (!session) throw new HttpError(401, 'LOGIN_REQUIRED', 'staff login required');
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new HttpError(403, 'CSRF_TOKEN', `${CSRF_HEADER}: missing or wrong CSRF token`, [
          { path: `headers.${CSRF_HEADER}`, message: 'missing or wrong CSRF token' },
        ]);
      }
    }
    if (roles.length && !roles.includes(session.staff.role)) {
      throw new HttpError(403, 'ROLE', `this needs the role ${roles.join(' or ')}`);
    }
    req.staffSession = session;
  };
}

/** The session a guarded handler runs under. */
export function staffOf(req: FastifyRequest): Session {
  if (!req.staffSession) throw new HttpError(401, 'LOGIN_REQUIRED', 'staff login required');
  return req.staffSession;
}

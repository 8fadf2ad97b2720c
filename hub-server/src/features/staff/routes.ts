import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, LoggedOut, LoginBody, SESSION_COOKIE, SessionInfo } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import type { AuditLog } from './audit-log.ts';
import { verifyPassword } from './passwords.ts';
import { staffOf } from './guard.ts';
import { LoginThrottle, lockedOut } from '../../infra/login-throttle.ts';
import { toMember, type StaffStore } from './store.ts';

// A hash to compare against when the user does not exist, so timing does not reveal which names are valid.
const DUMMY_HASH = 'scrypt$32768$8$1$00000000000000000000000000000000$0000000000000000000000000000000000000000000000000000000000000000';

export default async function staffRoutes(app: FastifyInstance, { store: staff, audit }: { store: StaffStore; audit: AuditLog }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const throttle = new LoginThrottle();

  api.post('/api/staff/login', {
    config: { access: { public: 'the staff login form: anyone may try; failures are throttled and audited' } },
    schema: {
      tags: ['staff'],
      summary: 'Log in; sets the httpOnly session cookie and returns the CSRF token',
      body: LoginBody,
      response: { 200: SessionInfo, 401: ApiError, 429: ApiError },
    },
  }, async (req, reply) => {
    const now = app.hub.now();
    const { username } = req.body;
    const locked = throttle.lockedFor(username, req.ip, now.getTime());
    if (locked) {
      audit.record({ actor: username, action: 'login.locked', target: null, status: 429, ip: req.ip, detail: `${Math.ceil(locked / 1000)} s left` });
      throw lockedOut(reply, locked);
    }
    const row = staff.byUsername(username);
    const ok = await verifyPassword(req.body.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !ok || row.disabled) {
      throttle.fail(username, req.ip, now.getTime());
      audit.record({ actor: username, action: 'login.failed', target: null, status: 401, ip: req.ip, detail: row?.disabled ? 'account disabled' : null });
      throw new HttpError(401, 'BAD_LOGIN', 'wrong user name or password');
    }
    throttle.succeed(username);
    const { token, csrfToken } = staff.openSession(row.id, now);
    audit.record({ actor: row.username, action: 'login', target: null, status: 200, ip: req.ip, detail: null });
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: req.protocol === 'https',
      maxAge: 12 * 60 * 60,
    });
    return { csrfToken, staff: toMember(row, staff.rolesOf(row.id)) };
  });

  api.get('/api/staff/me', {
    config: { access: { staff: 'signed-in' } },
    schema: { tags: ['staff'], summary: 'The logged-in staff member, their roles and permissions, and the CSRF token', response: { 200: SessionInfo, 401: ApiError } },
  }, async (req) => {
    const session = staffOf(req);
    return { csrfToken: session.csrfToken, staff: session.staff };
  });

  api.post('/api/staff/logout', {
    config: { access: { staff: 'signed-in' } },
    schema: { tags: ['staff'], summary: 'End the session', response: { 200: LoggedOut } },
  }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) staff.closeSession(token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
}

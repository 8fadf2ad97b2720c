import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, LoggedOut, LoginBody, SESSION_COOKIE, SessionInfo } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { verifyPassword } from './passwords.ts';
import { requireStaff, staffOf } from './guard.ts';
import { LoginThrottle } from './login-throttle.ts';
import { toMember, type StaffStore } from './store.ts';

// A hash to compare against when the user does not exist, so timing does not reveal which names are valid.
const DUMMY_HASH = 'scrypt$32768$8$1$00000000000000000000000000000000$0000000000000000000000000000000000000000000000000000000000000000';

export default async function staffRoutes(app: FastifyInstance, { store: staff }: { store: StaffStore }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const throttle = new LoginThrottle();

  api.post('/api/staff/login', {
    schema: {
      tags: ['staff'],
      summary: 'Log in; sets the httpOnly session cookie and returns the CSRF token',
      body: LoginBody,
      response: { 200: SessionInfo, 401: ApiError, 429: ApiError },
    },
  }, async (req, reply) => {
    const now = app.hub.now();
    const key = `${req.body.username}@${req.ip}`;
    if (throttle.blocked(key, now.getTime())) {
      throw new HttpError(429, 'TOO_MANY_ATTEMPTS', 'too many failed logins; wait 10 minutes');
    }
    const row = staff.byUsername(req.body.username);
    const ok = await verifyPassword(req.body.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !ok || row.disabled) {
      throttle.fail(key, now.getTime());
      throw new HttpError(401, 'BAD_LOGIN', 'wrong user name or password');
    }
    throttle.succeed(key);
    const { token, csrfToken } = staff.openSession(row.id, now);
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: req.protocol === 'https',
      maxAge: 12 * 60 * 60,
    });
    return { csrfToken, staff: toMember(row) };
  });

  api.get('/api/staff/me', {
    preHandler: requireStaff(),
    schema: { tags: ['staff'], summary: 'The logged-in staff member and the CSRF token', response: { 200: SessionInfo, 401: ApiError } },
  }, async (req) => {
    const session = staffOf(req);
    return { csrfToken: session.csrfToken, staff: session.staff };
  });

  api.post('/api/staff/logout', {
    preHandler: requireStaff(),
    schema: { tags: ['staff'], summary: 'End the session', response: { 200: LoggedOut } },
  }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) staff.closeSession(token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VISITOR_TOKEN_HEADER } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { requireStaff, staffOf } from '../staff/guard.ts';
import { guardFirst } from '../staff/route-access.ts';
import type { VisitorKind, VisitorSessions } from './visitor-sessions.ts';

export type Actor = { kind: 'staff'; username: string } | { kind: VisitorKind; id: string };

/** The same refusal as VisitorSessions.require, with the sentence the kiosk shows when a sign-in has timed out. */
const signInRequired = (kinds: readonly VisitorKind[]) =>
  new HttpError(401, 'SIGN_IN_REQUIRED', `${VISITOR_TOKEN_HEADER}: sign in at the kiosk as ${kinds.map((k) => (k === 'seeker' ? 'a job seeker' : 'an employer')).join(' or ')} first`,
    undefined, { zh: '请先登录。登录超时的，请重新登录。', en: 'Please sign in first; if you were signed in, the sign-in has timed out.' });

/**
 * Puts a gate in front of every route declaring `visitor` access, before the body is read: a visitor token
 * must be a live sign-in of a kind the route names; without one, the route's staff permission decides
 * (the staff guard), and a route that names none is for visitors only. Handlers still ask the sessions whose
 * token it is.
 */
export function enforceVisitorAccess(app: FastifyInstance, sessions: VisitorSessions): void {
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access || !('visitor' in access)) return;
    const kinds: readonly VisitorKind[] = typeof access.visitor === 'string' ? [access.visitor] : access.visitor;
    const staff = access.staff ? requireStaff(access.staff) : null;
    guardFirst(route, async function visitorGate(req: FastifyRequest, reply: FastifyReply) {
      if (req.headers[VISITOR_TOKEN_HEADER] !== undefined) {
        if (!kinds.some((k) => sessions.of(req, k))) throw signInRequired(kinds);
        return;
      }
      if (!staff) throw signInRequired(kinds);
      await staff(req, reply);
    });
    app.routeAccess.guard(route);
  });
}

/**
 * Routes that staff and a signed-in visitor may both use (an employer withdrawing its own vacancy, recording a
 * referral outcome): a visitor token decides when present, otherwise the staff session holding the permission
 * the route declares (`access.staff`); a route declaring none is not for staff.
 */
export async function staffOrVisitor(req: FastifyRequest, reply: FastifyReply, sessions: VisitorSessions, kind: VisitorKind): Promise<Actor> {
  if (req.headers[VISITOR_TOKEN_HEADER] !== undefined) return { kind, id: sessions.require(req, kind) };
  const access = req.routeOptions.config.access;
  const permission = access && 'visitor' in access ? access.staff : undefined;
  if (!permission) throw signInRequired([kind]);
  // The gate has checked it already; checked again here so a handler can never serve staff the route did not name.
  if (!req.staffSession) await requireStaff(permission)(req, reply);
  if (!staffOf(req).staff.permissions.includes(permission)) throw new HttpError(403, 'PERMISSION', `this needs the permission ${permission}`, undefined, undefined, { permission });
  return { kind: 'staff', username: staffOf(req).staff.username };
}

/** Who did it, for audit logs: a staff user name, or employer:<id>. */
export function actorName(a: Actor): string {
  return a.kind === 'staff' ? a.username : `${a.kind}:${a.id}`;
}

/** An employer acts only on its own vacancies; staff on any. */
export function requireOwnVacancy(actor: Actor, vacancy: { employer_id: string | null }): void {
  if (actor.kind === 'employer' && vacancy.employer_id !== actor.id) throw new HttpError(403, 'NOT_YOURS', 'this vacancy belongs to another employer');
}

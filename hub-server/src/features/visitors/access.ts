import type { FastifyReply, FastifyRequest } from 'fastify';
import { VISITOR_TOKEN_HEADER } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { requireStaff, staffOf } from '../staff/guard.ts';
import type { VisitorKind, VisitorSessions } from './visitor-sessions.ts';

export type Actor = { kind: 'staff'; username: string } | { kind: VisitorKind; id: string };

const staffGuard = requireStaff();

/**
 * Routes that staff and a signed-in visitor may both use (an employer withdrawing its own vacancy, recording a
 * referral outcome): a visitor token decides when present, otherwise the staff session and CSRF rules apply.
 */
export async function staffOrVisitor(req: FastifyRequest, reply: FastifyReply, sessions: VisitorSessions, kind: VisitorKind): Promise<Actor> {
  if (req.headers[VISITOR_TOKEN_HEADER] !== undefined) return { kind, id: sessions.require(req, kind) };
  await staffGuard.call(req.server, req, reply);
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

import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { VISITOR_TOKEN_HEADER } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';
import { HttpError } from '../../infra/errors.ts';
import type { VisitorKind } from '../../infra/access.ts';
import { lockedOut, type LoginThrottle } from '../../infra/login-throttle.ts';

export type { VisitorKind };

/** A kiosk visit lasts minutes; a token left on a shared screen is dead soon after the visitor walks away. */
const VISIT_MS = 30 * 60 * 1000;
/**
 * And sooner when unused: the kiosk resets 80 s after the last touch and signs its visitor out then; if that
 * sign-out never arrives (the kiosk lost power, the network dropped), the token dies this long after its last
 * use anyway. Long enough for an employer writing a job description without a request in between.
 */
export const VISITOR_IDLE_MS = 10 * 60 * 1000;

function hash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/**
 * Sign-ins of seekers and employers at the kiosk: a random token, of which only the hash is stored. The kiosk
 * drops it on idle reset; it also expires by itself, after VISIT_MS at most and VISITOR_IDLE_MS unused.
 */
export class VisitorSessions {
  private readonly stmts;

  constructor(db: Db, private readonly now: () => Date) {
    this.stmts = {
      insert: db.prepare('INSERT INTO visitor_sessions (token_hash, kind, subject_id, created_at, expires_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?)'),
      get: db.prepare('SELECT kind, subject_id, expires_at, last_used_at FROM visitor_sessions WHERE token_hash = ?'),
      used: db.prepare('UPDATE visitor_sessions SET last_used_at = ? WHERE token_hash = ?'),
      remove: db.prepare('DELETE FROM visitor_sessions WHERE token_hash = ?'),
      purge: db.prepare('DELETE FROM visitor_sessions WHERE expires_at < ? OR last_used_at < ?'),
    };
  }

  open(kind: VisitorKind, subjectId: string): { token: string; expiresAt: string } {
    const now = this.now();
    this.stmts.purge.run(now.toISOString(), new Date(now.getTime() - VISITOR_IDLE_MS).toISOString());
    const token = crypto.randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + VISIT_MS).toISOString();
    this.stmts.insert.run(hash(token), kind, subjectId, now.toISOString(), expiresAt, now.toISOString());
    return { token, expiresAt };
  }

  /** The subject behind a request's token, or null when there is none, it expired or it lay unused too long. */
  of(req: FastifyRequest, kind: VisitorKind): string | null {
    const token = req.headers[VISITOR_TOKEN_HEADER];
    if (typeof token !== 'string' || token.length > 100) return null;
    const key = hash(token);
    const row = this.stmts.get.get(key) as { kind: string; subject_id: string; expires_at: string; last_used_at: string } | undefined;
    const now = this.now();
    if (!row || row.kind !== kind) return null;
    if (row.expires_at < now.toISOString() || Date.parse(row.last_used_at) < now.getTime() - VISITOR_IDLE_MS) {
      this.stmts.remove.run(key);
      return null;
    }
    this.stmts.used.run(now.toISOString(), key);
    return row.subject_id;
  }

  require(req: FastifyRequest, kind: VisitorKind): string {
    const id = this.of(req, kind);
    if (!id) {
      throw new HttpError(401, 'SIGN_IN_REQUIRED', `${VISITOR_TOKEN_HEADER}: sign in at the kiosk as ${kind === 'seeker' ? 'a job seeker' : 'an employer'} first`,
        undefined, { zh: '请先登录。登录超时的，请重新登录。', en: 'Please sign in first; if you were signed in, the sign-in has timed out.' });
    }
    return id;
  }

  close(req: FastifyRequest): void {
    const token = req.headers[VISITOR_TOKEN_HEADER];
    if (typeof token === 'string') this.stmts.remove.run(hash(token));
  }
}

/**
 * Guessing guard for the kiosk's code checks (seeker and employer sign-in, complaint lookup): too many
 * failures for one account (an ID number, a credit code, a reference) from anywhere, or from one address over
 * any accounts, answer 429 with Retry-After until the lock passes; `attempt` returns null on a miss.
 */
export async function throttled<T>(
  throttle: LoginThrottle, req: FastifyRequest, reply: FastifyReply, account: string,
  attempt: () => T | null | Promise<T | null>, miss: () => HttpError,
): Promise<T> {
  const now = req.server.hub.now().getTime();
  const locked = throttle.lockedFor(account, req.ip, now);
  if (locked) throw lockedOut(reply, locked);
  const found = await attempt();
  if (found === null) {
    throttle.fail(account, req.ip, now);
    throw miss();
  }
  throttle.succeed(account);
  return found;
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OfficeKey } from '../../contract/index.ts';
import { RateLimit } from '../../infra/rate-limit.ts';
import { HttpError } from '../../infra/errors.ts';
import type { OfficeKeys } from './keys.ts';

/** last_used_at is written at most this often per key: a busy office should not mean a write per request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The office key checked in the handler's preHandler: `Authorization: Bearer jho_…` (or `x-office-key`),
 * looked up by its hash, refused when unknown or revoked, and held to the key's own requests per minute.
 */
export class OfficeGuard {
  private readonly limits = new Map<string, RateLimit>();
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly keys: OfficeKeys,
    private readonly now: () => Date,
  ) {}

  private presented(req: FastifyRequest): string | null {
    const auth = req.headers.authorization;
    if (typeof auth === 'string' && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim();
    const header = req.headers['x-office-key'];
    return typeof header === 'string' ? header.trim() : null;
  }

  check = async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const key = this.presented(req);
    if (!key) {
      throw new HttpError(401, 'OFFICE_KEY_REQUIRED', 'headers.authorization: an office key is required (Bearer jho_…)', [
        { path: 'headers.authorization', message: 'an office key is required' },
      ]);
    }
    const office = key.length <= 100 ? this.keys.byKey(key) : null;
    if (!office) throw new HttpError(401, 'OFFICE_KEY_UNKNOWN', 'headers.authorization: this office key is not known', [{ path: 'headers.authorization', message: 'unknown key' }]);
    if (office.revokedAt) {
      throw new HttpError(403, 'OFFICE_KEY_REVOKED', `headers.authorization: this office key was revoked on ${office.revokedAt}`, [
        { path: 'headers.authorization', message: 'revoked key' },
      ]);
    }
    const verdict = this.limitOf(office).take(office.id);
    if (!verdict.ok) {
      reply.header('retry-after', String(Math.ceil(verdict.retryAfterMs / 1000)));
      throw new HttpError(429, 'OFFICE_RATE_LIMIT', `this key may make ${office.perMinute} requests a minute`);
    }
    const t = this.now().getTime();
    if ((this.touched.get(office.id) ?? 0) + TOUCH_EVERY_MS <= t) {
      this.touched.set(office.id, t);
      this.keys.touch(office.id, new Date(t).toISOString());
    }
  };

  private limitOf(office: OfficeKey): RateLimit {
    let limit = this.limits.get(office.id);
    if (!limit || limit.limit !== office.perMinute) {
      limit = new RateLimit(office.perMinute, 60_000, () => this.now().getTime());
      this.limits.set(office.id, limit);
    }
    return limit;
  }
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { KIOSK_ID_HEADER } from '../contract/index.ts';
import { HttpError } from './errors.ts';

/** Clients a limiter holds at most; past this the least recently seen are forgotten. */
const MAX_CLIENTS = 50_000;

/**
 * A token bucket per client: a minute's worth of requests may come at once, then they refill evenly. `take`
 * answers 0 when the request may go, or the milliseconds until it could.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(private readonly perMinute: number) {
    this.perMs = perMinute / 60_000;
  }

  take(client: string, now: number): number {
    const b = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * this.perMs);
    b.at = now;
    this.buckets.delete(client);
    this.buckets.set(client, b);
    if (this.buckets.size > MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value!);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / this.perMs);
  }
}

/** Whether a route is limited: the public API and the kiosk visitors' routes, not pages, files or staff work. */
function limited(req: FastifyRequest): boolean {
  const access = req.routeOptions.config?.access;
  if (!access) return false;
  if ('visitor' in access) return true;
  return 'public' in access && req.url.startsWith('/api/');
}

/**
 * Limits each client of the public and kiosk API to `perMinute` requests a minute: the client is its address
 * plus the kiosk id it names (a kiosk id the hall does not have counts as none), so a kiosk's own traffic is
 * never charged to another kiosk behind the same address. Staff routes are not limited: they are signed in
 * and audited. Over the limit: 429 with Retry-After.
 */
export function installRateLimit(app: FastifyInstance, perMinute: number): void {
  if (perMinute <= 0) return;
  const limiter = new RateLimiter(perMinute);
  app.addHook('onRequest', async (req, reply) => {
    if (!limited(req)) return;
    const named = req.headers[KIOSK_ID_HEADER];
    const kiosk = typeof named === 'string' && req.server.hub.catalogue.kiosk(named) ? named : '';
    const wait = limiter.take(`${req.ip}|${kiosk}`, req.server.hub.now().getTime());
    if (!wait) return;
    reply.header('retry-after', String(Math.ceil(wait / 1000)));
    throw new HttpError(429, 'RATE_LIMITED', `more than ${perMinute} requests a minute from this client; try again in ${Math.ceil(wait / 1000)} s`, undefined, {
      zh: '操作太频繁，请稍等片刻再试。', en: 'Too many requests; please wait a moment and try again.',
    });
  });
}

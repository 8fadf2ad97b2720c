import crypto from 'node:crypto';
import type { CvDocument, Lang } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';

interface Held {
  doc: CvDocument;
  lang: Lang;
  expires: number;
  timer: NodeJS.Timeout;
}

/**
 * CVs waiting for a phone, in memory only: each under a random token that opens it once and is forgotten at
 * its expiry, whichever comes first. A restart forgets them all, which is the point: nothing personal is
 * written anywhere. A cap bounds the memory a flood of requests could take.
 */
export class CvShares {
  private readonly held = new Map<string, Held>();

  constructor(private readonly now: () => number, private readonly max = 200) {}

  put(doc: CvDocument, lang: Lang, ttlMs: number): { token: string; expires: number } {
    if (this.held.size >= this.max) {
      throw new HttpError(429, 'TOO_MANY_WAITING', `${this.max} CVs are waiting for phones`, undefined,
        { zh: '现在用手机取简历的人太多，请先打印，或稍后再试', en: 'Too many CVs are waiting for phones; print yours, or try again shortly' });
    }
    // 144 random bits: a code no one can guess in the minutes it lives.
    const token = crypto.randomBytes(18).toString('base64url');
    const expires = this.now() + ttlMs;
    const timer = setTimeout(() => this.held.delete(token), ttlMs);
    timer.unref();
    this.held.set(token, { doc, lang, expires, timer });
    return { token, expires };
  }

  /** The language of the CV the token would open now, or null; the CV itself is not read. */
  waiting(token: string): Lang | null {
    const h = this.held.get(token);
    return h && h.expires > this.now() ? h.lang : null;
  }

  /** The CV, once: the token is forgotten as it is read. Null when used, expired or never given. */
  take(token: string): { doc: CvDocument; lang: Lang } | null {
    const h = this.held.get(token);
    if (!h) return null;
    this.held.delete(token);
    clearTimeout(h.timer);
    return h.expires > this.now() ? { doc: h.doc, lang: h.lang } : null;
  }

  get size(): number {
    return this.held.size;
  }

  close(): void {
    for (const h of this.held.values()) clearTimeout(h.timer);
    this.held.clear();
  }
}

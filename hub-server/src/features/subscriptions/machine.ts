import type { SubscriptionStatus } from '../../contract/index.ts';

/**
 * A subscription's life: asked for (pending, a code sent), confirmed with the code (active), and ended —
 * the row and the number deleted — by an expired code, too many wrong codes, or an opt-out. Pure: the
 * service stores what this decides.
 */
export type SubscriptionState = SubscriptionStatus | 'ended';

export type SubscriptionEvent =
  | { type: 'code'; right: boolean; attemptsBefore: number }
  | { type: 'expired' }
  | { type: 'stop' };

/** Wrong codes allowed before the request is dropped: 5 tries of a 6-digit code is a 1 in 200,000 guess. */
export const MAX_CODE_ATTEMPTS = 5;

export type Outcome =
  | { ok: true; to: SubscriptionState; attempts?: number }
  | { ok: false; reason: 'not-pending' | 'wrong-code' | 'too-many' };

export function transition(from: SubscriptionState, e: SubscriptionEvent): Outcome {
  if (from === 'ended') return { ok: false, reason: 'not-pending' };
  switch (e.type) {
    case 'stop':
      return { ok: true, to: 'ended' };
    case 'expired':
      return from === 'pending' ? { ok: true, to: 'ended' } : { ok: false, reason: 'not-pending' };
    case 'code': {
      if (from !== 'pending') return { ok: false, reason: 'not-pending' };
      if (e.right) return { ok: true, to: 'active' };
      const attempts = e.attemptsBefore + 1;
      return attempts >= MAX_CODE_ATTEMPTS ? { ok: false, reason: 'too-many' } : { ok: false, reason: 'wrong-code' };
    }
  }
}

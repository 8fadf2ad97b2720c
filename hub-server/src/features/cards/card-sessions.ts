import type { CardSession } from '../../contract/index.ts';

/** The kiosk's next long poll follows within moments; the session stays open across that gap. */
const GRACE_MS = 3000;

interface Open {
  kioskId: string;
  waiters: number;
  closer: NodeJS.Timeout | null;
}

/**
 * Card sessions: a reader reads only while its kiosk is waiting for a card. Each waiting request of the
 * kiosk page opens (or keeps open) its reader's session, told to the reader on its retained card-session
 * topic; when the last one ends and none follows within 3 s, the session closes. A read that arrives with no
 * session open belongs to nobody and is dropped.
 */
export class CardSessions {
  private readonly open = new Map<string, Open>();

  constructor(private readonly tell: (reader: string, session: CardSession) => void) {}

  begin(reader: string, kioskId: string, waitMs: number): void {
    let s = this.open.get(reader);
    if (!s) this.open.set(reader, (s = { kioskId, waiters: 0, closer: null }));
    if (s.closer) clearTimeout(s.closer);
    s.closer = null;
    s.waiters++;
    // Told every time: the lifetime runs from now, and a reader that restarted learns it again.
    this.tell(reader, { open: true, kioskId, ttlMs: waitMs + GRACE_MS * 2 });
  }

  end(reader: string): void {
    const s = this.open.get(reader);
    if (!s) return;
    s.waiters = Math.max(0, s.waiters - 1);
    if (s.waiters > 0) return;
    s.closer = setTimeout(() => {
      this.open.delete(reader);
      this.tell(reader, { open: false, kioskId: s.kioskId, ttlMs: 1 });
    }, GRACE_MS);
    s.closer.unref();
  }

  isOpen(reader: string): boolean {
    return this.open.has(reader);
  }

  stop(): void {
    for (const s of this.open.values()) if (s.closer) clearTimeout(s.closer);
    this.open.clear();
  }
}

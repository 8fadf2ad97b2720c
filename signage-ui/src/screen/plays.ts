import { PlaysAccepted, type PlayRecord } from '@jobhall/hub-server/contract';
import { ApiProblem, api } from '@jobhall/ui-kit';
import type { Played } from '../player/player.ts';
import { addPlays, countPlays, deletePlays, oldestPlays } from './local-store.ts';
import { uuid7 } from './uuid7.ts';

/** A batch as large as the hub takes; a screen back after a day off line sends a few thousand in a minute. */
const BATCH = 500;
/** How often stored plays are sent while the hub answers. */
const EVERY_MS = 10_000;

export const screenHeaders = (screen: string, key: string) => ({ 'x-screen': screen, 'x-screen-key': key });

/**
 * Proof of play on the screen: every play is written to IndexedDB first, with an id made here, then sent in
 * batches. Only what the hub answered for leaves the screen, so nothing is lost to an outage; the ids make a
 * batch sent twice count once. A batch the hub refuses names its bad records, which are dropped.
 */
export class PlayUploader {
  private timer: ReturnType<typeof setInterval> | null = null;
  private sending = false;
  unsent = 0;

  constructor(private readonly headers: Record<string, string>) {}

  start(): void {
    this.timer = setInterval(() => void this.flush(), EVERY_MS);
    void countPlays().then((n) => (this.unsent = n));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async record(played: Played[]): Promise<void> {
    const records: PlayRecord[] = played.filter((p) => p.end > p.start).map((p) => ({
      id: uuid7(p.start), revision: p.revision, region: p.cue.region, playlistId: p.cue.playlistId, slideId: p.cue.slide.id,
      start: new Date(p.start).toISOString(), end: new Date(p.end).toISOString(),
    }));
    await addPlays(records);
    this.unsent += records.length;
  }

  /** Sends what is stored, batch by batch, until the store is empty or the hub stops answering. */
  async flush(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      for (;;) {
        const batch = await oldestPlays<PlayRecord>(BATCH);
        if (!batch.length) break;
        try {
          await api('/api/signage/player/plays', PlaysAccepted, { method: 'POST', body: { plays: batch }, headers: this.headers });
          await deletePlays(batch.map((p) => p.id));
        } catch (err) {
          if (!(err instanceof ApiProblem) || err.status !== 422) break;
          // The hub named the records it will never take (body.plays.N.…): they go, the rest is sent again.
          const bad = new Set(err.issues.map((i) => Number(/^body\.plays\.(\d+)\./.exec(i.path)?.[1])).filter((n) => Number.isInteger(n)));
          if (!bad.size) break;
          await deletePlays(batch.filter((_p, i) => bad.has(i)).map((p) => p.id));
        }
      }
    } finally {
      this.unsent = await countPlays().catch(() => this.unsent);
      this.sending = false;
    }
  }
}

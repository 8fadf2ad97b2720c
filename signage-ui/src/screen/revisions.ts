import type { Manifest, ManifestRef, RevisionReport } from '@jobhall/hub-server/contract';
import { complete, keepOnly, loadManifest, loadMedia } from './content-cache.ts';
import { getValue, setValue, valuesWithPrefix } from './local-store.ts';

/** The revision a screen plays and the one before it, by manifest hash. */
interface Pointers {
  current: string | null;
  previous: string | null;
}

export interface Desired {
  revision: number;
  manifest: ManifestRef;
  /** Set for a registered screen's command: the report echoes it. */
  correlationId: string | null;
}

/** Tries before a revision counts as failed, with the wait before each (the hub may be restarting). */
const RETRY_MS = [0, 2000, 5000, 15_000];

/**
 * Gets a revision onto this screen: the manifest by its hash, then every media file it names, each checked
 * against its hash. Only when all of it is here does the screen switch; then it reports (a registered screen)
 * and keeps the revision it had as the one to fall back to. A screen that starts with the hub away plays
 * what it has: its current revision, or its previous one if the current is incomplete.
 */
export class RevisionLoader {
  private pointers: Pointers = { current: null, previous: null };
  private target: string | null = null;

  constructor(
    /** Key of this screen's pointers, e.g. "screen:lobby-1". */
    private readonly key: string,
    private readonly play: (m: Manifest) => void,
    private readonly report: ((r: RevisionReport) => void) | null,
  ) {}

  /** What it can play with nothing from the hub. */
  async boot(): Promise<Manifest | null> {
    this.pointers = (await getValue<Pointers>(`pointers:${this.key}`)) ?? { current: null, previous: null };
    for (const sha of [this.pointers.current, this.pointers.previous]) {
      if (!sha) continue;
      try {
        const m = await loadManifest({ sha256: sha });
        if (await complete(m)) return m;
      } catch {
        // not on this screen any more: try the previous one
      }
    }
    return null;
  }

  get currentSha(): string | null {
    return this.pointers.current;
  }

  async desired(d: Desired): Promise<void> {
    const sha = d.manifest.sha256;
    if (sha === this.pointers.current) return this.done(d, 'applied', null);
    if (sha === this.target) return; // already on its way
    this.target = sha;
    let reason = '';
    for (const wait of RETRY_MS) {
      if (wait) await new Promise((r) => setTimeout(r, wait));
      if (this.target !== sha) return; // a newer revision came meanwhile
      try {
        const m = await loadManifest(d.manifest);
        await loadMedia(m.media);
        if (this.target !== sha) return;
        await this.switchTo(m, sha);
        return this.done(d, 'applied', null);
      } catch (err) {
        reason = (err as Error).message.slice(0, 200);
      }
    }
    if (this.target === sha) this.target = null;
    this.done(d, 'failed', reason);
  }

  private async switchTo(m: Manifest, sha: string): Promise<void> {
    if (this.pointers.current !== sha) this.pointers = { current: sha, previous: this.pointers.current };
    this.target = null;
    await setValue(`pointers:${this.key}`, this.pointers);
    this.play(m);
    await this.prune().catch(() => {});
  }

  /**
   * Everything leaves the cache but the current and previous revision of each screen page this browser runs
   * (a browser may show a screen and, in a test or a preview, a zone's page beside it).
   */
  private async prune(): Promise<void> {
    const shas = [...new Set((await valuesWithPrefix<Pointers>('pointers:')).flatMap((p) => [p.current, p.previous]).filter((s): s is string => !!s))];
    const manifests = (await Promise.all(shas.map((sha) => loadManifest({ sha256: sha }).catch(() => null)))).filter((m): m is Manifest => !!m);
    await keepOnly(manifests, shas);
  }

  private done(d: Desired, status: 'applied' | 'failed', reason: string | null): void {
    if (d.correlationId) this.report?.({ correlationId: d.correlationId, revision: d.revision, status, reason, at: new Date().toISOString() });
  }
}

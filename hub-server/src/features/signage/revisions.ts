import type { Db } from '../../infra/db.ts';
import { uuidv7 } from '../../infra/ids.ts';
import type { Audience, ManifestRef, RevisionView, Screen, Zone } from '../../contract/index.ts';
import type { SignageItems } from './items.ts';
import { contentKey, cutManifest, sha256, type HallInfo } from './manifest.ts';
import type { SignageMedia } from './media.ts';
import type { RevisionCommands } from './revision-commands.ts';
import type { SignageStructureStore } from './structure.ts';

/** Who a manifest is for: `screen:<id>` (a registered LCD screen) or `zone:<id>` (a zone's plain viewers). */
export type AudienceKey = `screen:${string}` | `zone:${string}`;

export interface PublishResult {
  revision: number;
  /** Audiences whose manifest changed, with the new manifest. */
  changed: Array<{ audience: AudienceKey; manifest: ManifestRef }>;
}

/** Manifests kept per audience: the current one, the previous to fall back to, and a few more to roll back to. */
const KEEP_PER_AUDIENCE = 10;

/**
 * Turns the published content into a revision: a new number, and for each audience whose content changed a
 * manifest of its own, stored by its hash; each registered screen among them gets a desired-revision command
 * in the same transaction. Audiences whose content did not change are left alone: they are not affected.
 */
export class RevisionPublisher {
  constructor(
    private readonly db: Db,
    private readonly items: SignageItems,
    private readonly structure: SignageStructureStore,
    private readonly media: SignageMedia,
    private readonly commands: RevisionCommands,
    private readonly hall: HallInfo,
    private readonly now: () => Date,
  ) {}

  audiences(): Array<{ key: AudienceKey; audience: Audience; layoutId: string }> {
    const content = this.items.content();
    const fallback = content.layouts[0]?.id;
    const out: Array<{ key: AudienceKey; audience: Audience; layoutId: string }> = [];
    for (const s of this.structure.screens()) {
      if (s.kind === 'lcd' && s.layoutId) out.push({ key: `screen:${s.id}`, audience: { screenId: s.id, zoneId: s.zoneId, groupIds: s.groupIds }, layoutId: s.layoutId });
    }
    for (const z of this.structure.zones()) {
      const layoutId = z.layoutId ?? fallback;
      if (layoutId) out.push({ key: `zone:${z.id}`, audience: { screenId: null, zoneId: z.id, groupIds: [] }, layoutId });
    }
    return out;
  }

  /** Must run inside a transaction; the caller tells the screens after it commits. */
  publish(reason: string, by: string): PublishResult {
    const at = this.now();
    const { revision } = this.db.prepare('INSERT INTO signage_revisions (created_at, created_by, reason) VALUES (?, ?, ?) RETURNING revision')
      .get(at.toISOString(), by, reason) as { revision: number };
    const content = this.items.content();
    const seen = this.db.prepare('INSERT OR IGNORE INTO signage_slides_seen (playlist_id, slide_id, first_revision) VALUES (?, ?, ?)');
    for (const p of content.playlists) for (const s of p.slides) seen.run(p.id, s.id, revision);
    const index = this.media.index();
    const changed: PublishResult['changed'] = [];
    const last = this.db.prepare('SELECT sha256, content_key FROM signage_manifests WHERE audience = ? ORDER BY revision DESC LIMIT 1');
    const insert = this.db.prepare('INSERT OR IGNORE INTO signage_manifests (sha256, revision, audience, content_key, body, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const { key, audience, layoutId } of this.audiences()) {
      const body = cutManifest(content, this.hall, audience, layoutId, index);
      const ck = contentKey(body);
      const prev = last.get(key) as { sha256: string; content_key: string } | undefined;
      if (prev?.content_key === ck && !(audience.screenId && this.needsResend(audience.screenId, prev.sha256))) continue;
      const text = JSON.stringify({ revision, builtAt: at.toISOString(), ...body });
      const ref: ManifestRef = { sha256: sha256(text), bytes: Buffer.byteLength(text) };
      insert.run(ref.sha256, revision, key, ck, text, at.toISOString());
      changed.push({ audience: key, manifest: ref });
      if (audience.screenId) this.commands.channel.issue(audience.screenId, `rev:${uuidv7()}`, { revision, manifest: ref });
    }
    this.prune();
    return { revision, changed };
  }

  /** A screen registered after its audience's manifest was built has never been asked for it. */
  private needsResend(screenId: string, sha: string): boolean {
    return this.commands.latest().get(screenId)?.manifest_sha256 !== sha;
  }

  /** Asks a screen for an earlier manifest of its own (a roll-back); it has it cached if it is its previous one. */
  rollback(screenId: string, sha: string): number {
    const row = this.db.prepare(`SELECT revision FROM signage_manifests WHERE sha256 = ? AND audience = ?`).get(sha, `screen:${screenId}`) as { revision: number } | undefined;
    if (!row) return 0;
    const text = this.manifest(sha)!;
    this.commands.channel.issue(screenId, `rev:${uuidv7()}`, { revision: row.revision, manifest: { sha256: sha, bytes: Buffer.byteLength(text) } });
    return row.revision;
  }

  manifest(sha: string): string | undefined {
    return (this.db.prepare('SELECT body FROM signage_manifests WHERE sha256 = ?').get(sha) as { body: string } | undefined)?.body;
  }

  /** The newest manifest of an audience. */
  current(key: AudienceKey): { sha256: string; revision: number; bytes: number } | undefined {
    const row = this.db.prepare('SELECT sha256, revision, length(CAST(body AS BLOB)) AS bytes FROM signage_manifests WHERE audience = ? ORDER BY revision DESC LIMIT 1').get(key) as
      { sha256: string; revision: number; bytes: number } | undefined;
    return row;
  }

  history(key: AudienceKey): Array<{ sha256: string; revision: number }> {
    return this.db.prepare('SELECT sha256, revision FROM signage_manifests WHERE audience = ? ORDER BY revision DESC').all(key) as Array<{ sha256: string; revision: number }>;
  }

  revisions(limit = 50): RevisionView[] {
    return (this.db.prepare('SELECT * FROM signage_revisions ORDER BY revision DESC LIMIT ?').all(limit) as Array<{ revision: number; created_at: string; created_by: string; reason: string }>)
      .map((r) => ({ revision: r.revision, createdAt: r.created_at, createdBy: r.created_by, reason: r.reason }));
  }

  /** Has this slide of this playlist ever been published (in or before `revision`)? What proof of play checks. */
  knownSlide(playlistId: string, slideId: string, revision: number): boolean {
    return !!this.db.prepare('SELECT 1 FROM signage_slides_seen WHERE playlist_id = ? AND slide_id = ? AND first_revision <= ?').get(playlistId, slideId, revision);
  }

  latestRevision(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(revision), 0) AS n FROM signage_revisions').get() as { n: number }).n;
  }

  private prune(): void {
    this.db.prepare(
      `DELETE FROM signage_manifests WHERE sha256 IN (
         SELECT sha256 FROM (SELECT sha256, ROW_NUMBER() OVER (PARTITION BY audience ORDER BY revision DESC) AS n FROM signage_manifests) WHERE n > ?)`,
    ).run(KEEP_PER_AUDIENCE);
  }
}

export type { Screen, Zone };

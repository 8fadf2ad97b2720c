import type { Statement } from 'better-sqlite3';
import type { Db } from '../../infra/db.ts';
import { uuidv7 } from '../../infra/ids.ts';
import { targets, type Audience, type ManifestRef, type RevisionView } from '../../contract/index.ts';
import type { SignageItems } from './items.ts';
import { contentKey, cutManifest, sha256, type HallInfo, type ManifestContent } from './manifest.ts';
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
/** Manifest bodies kept in memory, the oldest asked for first out. */
const BODIES_KEPT = 64;

interface Built {
  ref: ManifestRef;
  contentKey: string;
}

/**
 * Turns the published content into a revision: a new number, and for each audience whose content changed a
 * manifest, stored by its hash; each registered screen among them gets a desired-revision command in the same
 * transaction. Audiences whose content did not change are left alone: they are not affected. Screens whose cut
 * is the same (same zone and groups, no entry of their own) share one manifest, built once.
 */
export class RevisionPublisher {
  private readonly bodies = new Map<string, string>();
  private readonly sql: Record<'newRevision' | 'seen' | 'last' | 'insertManifest' | 'insertAudience' | 'manifest' | 'current' | 'history' | 'known' | 'latest', Statement>;

  constructor(
    private readonly db: Db,
    private readonly items: SignageItems,
    private readonly structure: SignageStructureStore,
    private readonly media: SignageMedia,
    private readonly commands: RevisionCommands,
    private readonly hall: HallInfo,
    private readonly now: () => Date,
  ) {
    this.sql = {
      newRevision: db.prepare('INSERT INTO signage_revisions (created_at, created_by, reason) VALUES (?, ?, ?) RETURNING revision'),
      seen: db.prepare('INSERT OR IGNORE INTO signage_slides_seen (playlist_id, slide_id, first_revision) VALUES (?, ?, ?)'),
      last: db.prepare('SELECT sha256, content_key FROM signage_audience_manifests WHERE audience = ? ORDER BY revision DESC LIMIT 1'),
      insertManifest: db.prepare('INSERT OR IGNORE INTO signage_manifests (sha256, revision, body, created_at) VALUES (?, ?, ?, ?)'),
      insertAudience: db.prepare('INSERT INTO signage_audience_manifests (audience, revision, sha256, content_key) VALUES (?, ?, ?, ?)'),
      manifest: db.prepare('SELECT body FROM signage_manifests WHERE sha256 = ?'),
      current: db.prepare(
        `SELECT a.sha256, a.revision, length(CAST(m.body AS BLOB)) AS bytes FROM signage_audience_manifests a JOIN signage_manifests m ON m.sha256 = a.sha256
         WHERE a.audience = ? ORDER BY a.revision DESC LIMIT 1`,
      ),
      history: db.prepare('SELECT sha256, revision FROM signage_audience_manifests WHERE audience = ? ORDER BY revision DESC'),
      known: db.prepare('SELECT 1 FROM signage_slides_seen WHERE playlist_id = ? AND slide_id = ? AND first_revision <= ?'),
      latest: db.prepare('SELECT COALESCE(MAX(revision), 0) AS n FROM signage_revisions'),
    };
  }

  audiences(content = this.items.content()): Array<{ key: AudienceKey; audience: Audience; layoutId: string }> {
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
    const { revision } = this.sql.newRevision.get(at.toISOString(), by, reason) as { revision: number };
    const content = this.items.content();
    for (const p of content.playlists) for (const s of p.slides) this.sql.seen.run(p.id, s.id, revision);
    const index = this.media.index();
    const changed: PublishResult['changed'] = [];
    // A cut depends only on these: the entries an audience gets, its layout, its zone and groups. Each cut is
    // built once; the screen knows its own id, so the manifest leaves it out and screens alike share one.
    const built = new Map<string, Built & { text: string }>();
    for (const { key, audience, layoutId } of this.audiences(content)) {
      const entries = content.schedule.filter((e) => targets(e, audience)).map((e) => e.id);
      const signature = JSON.stringify([entries, layoutId, audience.zoneId, audience.groupIds]);
      let b = built.get(signature);
      if (!b) {
        // Cut for the screen itself (its own entries in), then its id left out.
        const cut = cutManifest(content, this.hall, audience, layoutId, index);
        const body: ManifestContent = { ...cut, audience: { ...audience, screenId: null } };
        const text = JSON.stringify({ revision, builtAt: at.toISOString(), ...body });
        b = { ref: { sha256: sha256(text), bytes: Buffer.byteLength(text) }, contentKey: contentKey(body), text };
        built.set(signature, b);
      }
      // Unchanged for this audience: not affected, no new manifest, no command.
      const prev = this.sql.last.get(key) as { content_key: string } | undefined;
      if (prev?.content_key === b.contentKey) continue;
      this.sql.insertManifest.run(b.ref.sha256, revision, b.text, at.toISOString());
      this.sql.insertAudience.run(key, revision, b.ref.sha256, b.contentKey);
      changed.push({ audience: key, manifest: b.ref });
      if (audience.screenId) this.commands.channel.issue(audience.screenId, `rev:${uuidv7()}`, { revision, manifest: b.ref });
    }
    return { revision, changed };
  }

  private bytes(sha: string): number {
    return Buffer.byteLength(this.manifest(sha) ?? '');
  }

  /** Asks a screen for an earlier manifest of its own (a roll-back); it has it cached if it is its previous one. */
  rollback(screenId: string, sha: string): number {
    const row = this.history(`screen:${screenId}`).find((h) => h.sha256 === sha);
    if (!row) return 0;
    this.commands.channel.issue(screenId, `rev:${uuidv7()}`, { revision: row.revision, manifest: { sha256: sha, bytes: this.bytes(sha) } });
    return row.revision;
  }

  /** A manifest's bytes by their hash. Immutable, and fetched by every screen at once after a publish: kept in memory. */
  manifest(sha: string): string | undefined {
    const hit = this.bodies.get(sha);
    if (hit !== undefined) return hit;
    const body = (this.sql.manifest.get(sha) as { body: string } | undefined)?.body;
    if (body === undefined) return undefined;
    if (this.bodies.size >= BODIES_KEPT) this.bodies.delete(this.bodies.keys().next().value!);
    this.bodies.set(sha, body);
    return body;
  }

  /** The newest manifest of an audience. */
  current(key: AudienceKey): { sha256: string; revision: number; bytes: number } | undefined {
    return this.sql.current.get(key) as { sha256: string; revision: number; bytes: number } | undefined;
  }

  history(key: AudienceKey): Array<{ sha256: string; revision: number }> {
    return this.sql.history.all(key) as Array<{ sha256: string; revision: number }>;
  }

  revisions(limit = 50): RevisionView[] {
    return (this.db.prepare('SELECT * FROM signage_revisions ORDER BY revision DESC LIMIT ?').all(limit) as Array<{ revision: number; created_at: string; created_by: string; reason: string }>)
      .map((r) => ({ revision: r.revision, createdAt: r.created_at, createdBy: r.created_by, reason: r.reason }));
  }

  /** Has this slide of this playlist ever been published (in or before `revision`)? What proof of play checks. */
  knownSlide(playlistId: string, slideId: string, revision: number): boolean {
    return !!this.sql.known.get(playlistId, slideId, revision);
  }

  latestRevision(): number {
    return (this.sql.latest.get() as { n: number }).n;
  }

  /** Each audience keeps its last few manifests; a manifest no audience keeps goes. Run after a publish, not in it. */
  prune(): void {
    this.db.prepare(
      `DELETE FROM signage_audience_manifests WHERE rowid IN (
         SELECT rowid FROM (SELECT rowid, ROW_NUMBER() OVER (PARTITION BY audience ORDER BY revision DESC) AS n FROM signage_audience_manifests) WHERE n > ?)`,
    ).run(KEEP_PER_AUDIENCE);
    this.db.prepare('DELETE FROM signage_manifests WHERE sha256 NOT IN (SELECT sha256 FROM signage_audience_manifests)').run();
  }
}

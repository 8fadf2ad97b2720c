import crypto from 'node:crypto';
import type { OfficeKey } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

/** Keys look like jho_<43 characters>: 256 random bits, so a plain SHA-256 is enough to keep them at rest. */
const KEY_PREFIX = 'jho_';
const SHOWN = 12;

export function newKey(): string {
  return `${KEY_PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
}

export function hashKey(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex');
}

interface Row {
  id: string;
  office: string;
  prefix: string;
  per_minute: number;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

const view = (r: Row): OfficeKey => ({
  id: r.id, office: r.office, prefix: r.prefix, perMinute: r.per_minute, createdAt: r.created_at, createdBy: r.created_by,
  revokedAt: r.revoked_at, lastUsedAt: r.last_used_at,
});

/** The office_keys table. */
export class OfficeKeys {
  constructor(private readonly db: Db) {}

  /** Makes a key; the key itself is returned here and never again. */
  create(office: string, perMinute: number, by: string, at: string): { key: string; office: OfficeKey } {
    const key = newKey();
    const id = crypto.randomUUID();
    this.db.prepare(`INSERT INTO office_keys (id, office, prefix, key_hash, per_minute, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(id, office, key.slice(0, SHOWN), hashKey(key), perMinute, at, by);
    return { key, office: this.get(id)! };
  }

  get(id: string): OfficeKey | null {
    const r = this.db.prepare('SELECT * FROM office_keys WHERE id = ?').get(id) as Row | undefined;
    return r ? view(r) : null;
  }

  list(): OfficeKey[] {
    return (this.db.prepare('SELECT * FROM office_keys ORDER BY revoked_at IS NOT NULL, created_at DESC').all() as Row[]).map(view);
  }

  /** The key a request presented, found by its hash; revoked keys are found too, so the refusal can say so. */
  byKey(key: string): OfficeKey | null {
    const r = this.db.prepare('SELECT * FROM office_keys WHERE key_hash = ?').get(hashKey(key)) as Row | undefined;
    return r ? view(r) : null;
  }

  revoke(id: string, by: string, at: string): OfficeKey | null {
    this.db.prepare('UPDATE office_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL').run(at, by, id);
    return this.get(id);
  }

  touch(id: string, at: string): void {
    this.db.prepare('UPDATE office_keys SET last_used_at = ? WHERE id = ?').run(at, id);
  }
}

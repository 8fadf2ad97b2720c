import crypto from 'node:crypto';
import type { Db } from '../../infra/db.ts';
import type { CreateNoticeBody, Notice } from '../../contract/index.ts';

interface Row {
  id: string;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  published_at: string;
  published_by: string;
}

function view(r: Row): Notice {
  return {
    id: r.id, title: { zh: r.title_zh, en: r.title_en }, body: { zh: r.body_zh, en: r.body_en },
    publishedAt: r.published_at, publishedBy: r.published_by,
  };
}

export class NoticeStore {
  constructor(private readonly db: Db) {}

  publish(body: CreateNoticeBody, by: string, at: Date): Notice {
    const id = crypto.randomUUID();
    this.db
      .prepare('INSERT INTO notices (id, title_zh, title_en, body_zh, body_en, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, body.title.zh, body.title.en, body.body.zh, body.body.en, at.toISOString(), by);
    return this.get(id)!;
  }

  get(id: string): Notice | null {
    const row = this.db.prepare('SELECT * FROM notices WHERE id = ?').get(id) as Row | undefined;
    return row ? view(row) : null;
  }

  /** The latest notice is the one on the screens. */
  current(): Notice | null {
    const row = this.db.prepare('SELECT * FROM notices ORDER BY published_at DESC, rowid DESC LIMIT 1').get() as Row | undefined;
    return row ? view(row) : null;
  }

  recent(limit: number): Notice[] {
    return (this.db.prepare('SELECT * FROM notices ORDER BY published_at DESC, rowid DESC LIMIT ?').all(limit) as Row[]).map(view);
  }

  /** Seeds content/notices.json once per database; a hall that deleted the demo notice does not get it back. */
  seedOnce(seed: CreateNoticeBody[], at: Date): void {
    this.db.transaction(() => {
      const done = this.db.prepare("SELECT value FROM meta WHERE key = 'seeded:notices'").get();
      if (done) return;
      for (const n of seed) this.publish(n, 'content', at);
      this.db.prepare("INSERT INTO meta (key, value) VALUES ('seeded:notices', ?)").run(at.toISOString());
    })();
  }
}

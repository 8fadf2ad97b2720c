import type { Bulletin, BulletinFigures } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

interface Row {
  id: string; issue_no: number; title: string; period_from: string; period_to: string; figures: string; generated_at: string;
}

/** The bulletins table: issues numbered in the order they were generated. */
export class BulletinStore {
  constructor(private readonly db: Db, private readonly url: (id: string) => string) {}

  private view(r: Row): Bulletin {
    return {
      id: r.id, issueNo: r.issue_no, title: r.title, from: r.period_from, to: r.period_to, generatedAt: r.generated_at,
      figures: JSON.parse(r.figures) as BulletinFigures, url: this.url(r.id),
    };
  }

  /** The next issue number is taken inside the insert's transaction, so two generations never share one. */
  insert(b: { id: string; title: string; from: string; to: string; figures: BulletinFigures; at: string; by: string }): Bulletin {
    this.db.transaction(() => {
      const next = (this.db.prepare('SELECT COALESCE(MAX(issue_no), 0) + 1 AS n FROM bulletins').get() as { n: number }).n;
      this.db.prepare('INSERT INTO bulletins (id, issue_no, title, period_from, period_to, figures, generated_at, generated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(b.id, next, b.title, b.from, b.to, JSON.stringify(b.figures), b.at, b.by);
    })();
    return this.get(b.id)!;
  }

  get(id: string): Bulletin | null {
    const r = this.db.prepare('SELECT * FROM bulletins WHERE id = ?').get(id) as Row | undefined;
    return r ? this.view(r) : null;
  }

  list(): Bulletin[] {
    return (this.db.prepare('SELECT * FROM bulletins ORDER BY issue_no DESC').all() as Row[]).map((r) => this.view(r));
  }
}

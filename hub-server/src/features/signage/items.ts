import type { Db } from '../../infra/db.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { sanitiseRichText } from '../../infra/sanitise.ts';
import {
  ITEM_SCHEMAS, type AlertTemplate, type ItemKind, type ItemState, type ItemView, type Layout, type Playlist, type ScheduleEntry, type SignageCalendar,
} from '../../contract/index.ts';
import { nextItemState, type ItemAction } from './item-machine.ts';

interface Row {
  kind: ItemKind;
  id: string;
  state: ItemState;
  published: string | null;
  draft: string | null;
  removal: number;
  edited_by: string | null;
  edited_at: string | null;
  submitted_by: string | null;
  note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  comment: string | null;
}

/** The published content, as a revision is built from it. */
export interface PublishedContent {
  layouts: Layout[];
  playlists: Playlist[];
  schedule: ScheduleEntry[];
  calendar: SignageCalendar;
  alertTemplates: AlertTemplate[];
}

export const CALENDAR_ID = 'hall';
const EMPTY_CALENDAR: SignageCalendar = { dayparts: [], holidays: [] };

function view(r: Row): ItemView {
  return {
    kind: r.kind, id: r.id, state: r.state, published: r.published ? JSON.parse(r.published) : null, draft: r.draft ? JSON.parse(r.draft) : null,
    removal: r.removal === 1, editedBy: r.edited_by, editedAt: r.edited_at, submittedBy: r.submitted_by, note: r.note,
    decidedBy: r.decided_by, decidedAt: r.decided_at, comment: r.comment,
  };
}

/**
 * An item's data as it will be stored: checked by its kind's schema (a 422 naming the field), its id the
 * address's id, and rich text through the allow-list sanitiser.
 */
export function normalise(kind: ItemKind, id: string, data: unknown): unknown {
  const parsed = ITEM_SCHEMAS[kind].safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: ['body', 'data', ...i.path.map(String)].join('.'), message: i.message }));
    throw new HttpError(422, 'INVALID_CONTENT', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  }
  const value = parsed.data as { id?: string };
  if (kind === 'calendar') {
    if (id !== CALENDAR_ID) throw fieldError(404, 'params.id', `the calendar is "${CALENDAR_ID}"`);
  } else if (value.id !== id) throw fieldError(422, 'body.data.id', `must be ${id}, the id in the address`);
  if (kind === 'playlist') {
    const p = value as Playlist;
    const seen = new Set<string>();
    p.slides.forEach((s, i) => {
      if (seen.has(s.id)) throw fieldError(422, `body.data.slides.${i}.id`, 'two slides of a playlist share this id');
      seen.add(s.id);
      if (s.type === 'notice') s.body = { zh: sanitiseRichText(s.body.zh), en: sanitiseRichText(s.body.en) };
    });
  }
  if (kind === 'calendar') {
    const c = value as SignageCalendar;
    const ids = new Set<string>();
    c.dayparts.forEach((d, i) => {
      if (ids.has(d.id)) throw fieldError(422, `body.data.dayparts.${i}.id`, 'two dayparts share this id');
      ids.add(d.id);
    });
  }
  return value;
}

/** Content items (layouts, playlists, schedule entries, the calendar, alert templates) and their review. */
export class SignageItems {
  private readonly publishedOf;
  /**
   * The published content, parsed once per change: the live feeds, the LED ticker and every publish read it,
   * and parsing every item again took ~12 ms of the hub's turn each time, right while a revision was going out
   * to 200 screens. Not kept from inside a transaction, which may yet roll back.
   */
  private cached: PublishedContent | null = null;

  constructor(private readonly db: Db) {
    this.publishedOf = db.prepare('SELECT published FROM signage_items WHERE kind = ? AND published IS NOT NULL ORDER BY id');
  }

  find(kind: ItemKind, id: string): ItemView | undefined {
    const row = this.db.prepare('SELECT * FROM signage_items WHERE kind = ? AND id = ?').get(kind, id) as Row | undefined;
    return row ? view(row) : undefined;
  }

  get(kind: ItemKind, id: string): ItemView {
    const item = this.find(kind, id);
    if (!item) throw fieldError(404, 'params.id', `no ${kind} ${id}`);
    return item;
  }

  list(filter: { kind?: ItemKind; state?: ItemState } = {}): ItemView[] {
    return (this.db
      .prepare('SELECT * FROM signage_items WHERE (? IS NULL OR kind = ?) AND (? IS NULL OR state = ?) ORDER BY kind, id')
      .all(filter.kind ?? null, filter.kind ?? null, filter.state ?? null, filter.state ?? null) as Row[]).map(view);
  }

  /** Published data of one kind (an item whose removal was approved is gone, not here). */
  published<K extends ItemKind>(kind: K): unknown[] {
    return (this.publishedOf.all(kind) as Array<{ published: string }>)
      .map((r) => JSON.parse(r.published));
  }

  /** Published data, and every pending draft over it: what an editor's next save may refer to. */
  withDrafts(kind: ItemKind): unknown[] {
    return (this.db.prepare('SELECT published, draft, removal FROM signage_items WHERE kind = ? ORDER BY id').all(kind) as Array<Pick<Row, 'published' | 'draft' | 'removal'>>)
      .flatMap((r) => (r.removal ? [] : r.draft ? [JSON.parse(r.draft)] : r.published ? [JSON.parse(r.published)] : []));
  }

  /** The published content; with `drafts`, as it would be if every pending draft were approved (a preview). */
  content(drafts = false): PublishedContent {
    if (!drafts && this.cached && !this.db.inTransaction) return this.cached;
    const of = (kind: ItemKind) => (drafts ? this.withDrafts(kind) : this.published(kind));
    const calendar = of('calendar')[0] as SignageCalendar | undefined;
    const content: PublishedContent = Object.freeze({
      layouts: Object.freeze(of('layout')) as Layout[],
      playlists: Object.freeze(of('playlist')) as Playlist[],
      schedule: Object.freeze(of('schedule')) as ScheduleEntry[],
      calendar: calendar ?? EMPTY_CALENDAR,
      alertTemplates: Object.freeze(of('alert-template')) as AlertTemplate[],
    });
    if (!drafts && !this.db.inTransaction) this.cached = content;
    return content;
  }

  private transition(item: ItemView | undefined, action: ItemAction): ItemState {
    const from: ItemState = item?.state ?? 'published';
    const to = nextItemState(from, action);
    if (!to || (action !== 'save' && !item)) {
      throw new HttpError(409, 'ITEM_STATE', `cannot ${action} an item that is ${item ? from : 'not there'}`, [{ path: 'params.id', message: `is ${item ? from : 'unknown'}` }]);
    }
    return to;
  }

  /** An editor's draft (data already normalised), or a proposal to remove a published item. */
  saveDraft(kind: ItemKind, id: string, data: unknown | null, by: string, at: Date): ItemView {
    const item = this.find(kind, id);
    this.transition(item, 'save');
    if (data === null && !item?.published) throw fieldError(409, 'params.id', 'nothing published to remove');
    this.db
      .prepare(
        `INSERT INTO signage_items (kind, id, state, draft, removal, edited_by, edited_at) VALUES (@kind, @id, 'draft', @draft, @removal, @by, @at)
         ON CONFLICT(kind, id) DO UPDATE SET state = 'draft', draft = @draft, removal = @removal, edited_by = @by, edited_at = @at, submitted_by = NULL, note = NULL`,
      )
      .run({ kind, id, draft: data === null ? null : JSON.stringify(data), removal: data === null ? 1 : 0, by, at: at.toISOString() });
    return this.get(kind, id);
  }

  submit(kind: ItemKind, id: string, note: string, by: string): ItemView {
    this.transition(this.find(kind, id), 'submit');
    this.db.prepare(`UPDATE signage_items SET state = 'submitted', submitted_by = ?, note = ? WHERE kind = ? AND id = ?`).run(by, note || null, kind, id);
    return this.get(kind, id);
  }

  /** The draft becomes the published version (or the item goes, for a removal). */
  approve(kind: ItemKind, id: string, comment: string, by: string, at: Date): ItemView {
    this.cached = null;
    const item = this.find(kind, id);
    this.transition(item, 'approve');
    if (item!.removal) {
      this.db.prepare(`UPDATE signage_items SET state = 'published', published = NULL, draft = NULL, removal = 0, decided_by = ?, decided_at = ?, comment = ? WHERE kind = ? AND id = ?`)
        .run(by, at.toISOString(), comment || null, kind, id);
    } else {
      this.db.prepare(`UPDATE signage_items SET state = 'published', published = draft, draft = NULL, decided_by = ?, decided_at = ?, comment = ? WHERE kind = ? AND id = ?`)
        .run(by, at.toISOString(), comment || null, kind, id);
    }
    return this.get(kind, id);
  }

  reject(kind: ItemKind, id: string, comment: string, by: string, at: Date): ItemView {
    this.transition(this.find(kind, id), 'reject');
    this.db.prepare(`UPDATE signage_items SET state = 'rejected', decided_by = ?, decided_at = ?, comment = ? WHERE kind = ? AND id = ?`)
      .run(by, at.toISOString(), comment, kind, id);
    return this.get(kind, id);
  }

  discard(kind: ItemKind, id: string): ItemView | null {
    this.cached = null;
    const item = this.find(kind, id);
    this.transition(item, 'discard');
    if (!item!.published) {
      this.db.prepare('DELETE FROM signage_items WHERE kind = ? AND id = ?').run(kind, id);
      return null;
    }
    this.db.prepare(`UPDATE signage_items SET state = 'published', draft = NULL, removal = 0, submitted_by = NULL, note = NULL WHERE kind = ? AND id = ?`).run(kind, id);
    return this.get(kind, id);
  }

  /** Publishes content directly: the demo seed, which nobody needs to approve. */
  seed(kind: ItemKind, id: string, data: unknown, at: Date): void {
    this.cached = null;
    this.db
      .prepare(`INSERT INTO signage_items (kind, id, state, published, decided_by, decided_at) VALUES (?, ?, 'published', ?, 'content', ?) ON CONFLICT(kind, id) DO NOTHING`)
      .run(kind, id, JSON.stringify(data), at.toISOString());
  }
}

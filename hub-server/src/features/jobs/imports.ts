import crypto from 'node:crypto';
import { CreateVacancyBody, type ImportReport } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { mapHeader, rowToBody } from './import-rows.ts';
import type { VacancyService } from './vacancies.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';

/** Rows per slice of work; between slices the event loop serves kiosks and the progress request. */
const SLICE = 100;
export const MAX_IMPORT_ROWS = 5000;

type Errors = ImportReport['errors'];

interface Row {
  id: string;
  by: string;
  started_at: string;
  state: 'running' | 'done';
  rows: number;
  processed: number;
  created: number;
  published: number;
  errors: string;
}

/**
 * Bulk import of vacancies by staff (CSV or XLSX). Every row goes through the same schema, content checks and
 * wording checker as a kiosk registration, each in its own transaction, so a bad row is reported and skipped and
 * nothing is half-written. Progress is kept in SQLite for the admin's progress bar.
 */
export class VacancyImports {
  constructor(
    private readonly db: Db,
    private readonly vocab: Vocabulary,
    private readonly vacancies: VacancyService,
    private readonly now: () => Date,
  ) {}

  /** Checks the header at once (a refused column is a 400 before anything is written), then works in slices. */
  start(sheet: string[][], by: string, publish: boolean): { importId: string; rows: number } {
    const [header, ...rows] = sheet;
    if (!header) throw fieldError(400, 'body', 'the sheet is empty');
    if (rows.length > MAX_IMPORT_ROWS) throw fieldError(413, 'body', `at most ${MAX_IMPORT_ROWS} rows per import; split the sheet`);
    const columns = mapHeader(header);
    for (const required of ['title', 'employerName', 'description', 'district', 'payMin', 'payMax', 'headcount', 'contactPhone'] as const) {
      if (!columns.some((c) => c.field === required)) throw fieldError(400, 'body', `the sheet has no column for ${required}`, 'MISSING_COLUMN');
    }
    const id = crypto.randomUUID();
    this.db.prepare(`INSERT INTO vacancy_imports (id, by, started_at, state, rows) VALUES (?, ?, ?, 'running', ?)`).run(id, by, this.now().toISOString(), rows.length);
    const errors: Errors = [];
    let created = 0;
    let published = 0;
    const slice = (from: number) => {
      for (let k = from; k < Math.min(rows.length, from + SLICE); k++) {
        const result = this.importRow(rows[k]!, columns, by, publish, k + 2, errors);
        if (result !== 'failed') created++;
        if (result === 'published') published++;
      }
      const processed = Math.min(rows.length, from + SLICE);
      const done = processed >= rows.length;
      this.db.prepare('UPDATE vacancy_imports SET processed = ?, created = ?, published = ?, errors = ?, state = ? WHERE id = ?')
        .run(processed, created, published, JSON.stringify(errors), done ? 'done' : 'running', id);
      if (!done) setImmediate(() => slice(processed));
    };
    setImmediate(() => slice(0));
    return { importId: id, rows: rows.length };
  }

  private importRow(cells: string[], columns: ReturnType<typeof mapHeader>, by: string, publish: boolean, rowNo: number, errors: Errors): 'failed' | 'created' | 'published' {
    const { body, problems } = rowToBody(cells, columns, this.vocab);
    if (problems.length) {
      errors.push(...problems.map((p) => ({ row: rowNo, field: p.field, message: p.message })));
      return 'failed';
    }
    const parsed = CreateVacancyBody.safeParse(body);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((i) => ({ row: rowNo, field: i.path.join('.') || 'row', message: i.message })));
      return 'failed';
    }
    try {
      const result = this.vacancies.submit(parsed.data, { source: 'import', employerId: null, by });
      if (!result.ok) {
        errors.push({ row: rowNo, field: 'findings', message: 'wording that blocks publication', findings: result.findings });
        return 'failed';
      }
      // Published straight away only when the checker found nothing at all; anything else waits for review.
      if (publish && result.findings.length === 0) {
        this.vacancies.approve(result.id, {}, by);
        return 'published';
      }
      return 'created';
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      errors.push({ row: rowNo, field: err.issues?.[0]?.path.replace(/^body\./, '') ?? 'row', message: err.issues?.[0]?.message ?? err.message });
      return 'failed';
    }
  }

  report(id: string): ImportReport {
    const r = this.db.prepare('SELECT * FROM vacancy_imports WHERE id = ?').get(id) as Row | undefined;
    if (!r) throw fieldError(404, 'params.id', 'no such import');
    return {
      importId: r.id, state: r.state, rows: r.rows, processed: r.processed, created: r.created, published: r.published,
      errors: JSON.parse(r.errors), by: r.by, startedAt: r.started_at,
    };
  }
}

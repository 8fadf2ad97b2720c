import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { StartupProjectsFile, type ProjectBody, type StartupProject, type StartupProjectFields } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';
import { readContentFile } from '../../infra/content.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';

interface Row {
  id: string;
  title_zh: string;
  title_en: string;
  summary_zh: string;
  summary_en: string;
  sector: StartupProject['sector'];
  district: string;
  investment_yuan: number;
  jobs: number;
  support_zh: string;
  support_en: string;
  office_phone: string;
  shown: number;
  submission_ref: string | null;
  updated_at: string;
  updated_by: string;
}

const columns = (p: StartupProjectFields) => ({
  title_zh: p.title.zh, title_en: p.title.en, summary_zh: p.summary.zh, summary_en: p.summary.en, sector: p.sector, district: p.district,
  investment_yuan: p.investmentYuan, jobs: p.jobs, support_zh: p.support.zh, support_en: p.support.en, office_phone: p.officePhone,
});

/**
 * The start-up project bank: seeded once from content/catalogues/startup-projects.json, then kept by staff,
 * who take in approved kiosk submissions (5.1.4) by their reference and choose what is shown (5.1.5).
 */
export class ProjectBank {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly knownDistrict: (code: string) => boolean,
  ) {}

  seedOnce(contentDir: string): void {
    const dir = path.join(contentDir, 'catalogues');
    if (!fs.existsSync(path.join(dir, 'startup-projects.json'))) return;
    if (this.db.prepare(`SELECT 1 FROM meta WHERE key = 'seeded:startup-projects'`).get()) return;
    const file = readContentFile(dir, 'startup-projects.json', StartupProjectsFile);
    const at = this.now().toISOString();
    this.db.transaction(() => {
      for (const p of file.projects) this.insert(p.id, { ...p, shown: true }, 'content', at);
      this.db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded:startup-projects', ?)`).run(at);
    })();
  }

  private insert(id: string, p: z.output<typeof ProjectBody>, by: string, at: string): void {
    this.db.prepare(
      `INSERT INTO startup_projects (id, title_zh, title_en, summary_zh, summary_en, sector, district, investment_yuan, jobs, support_zh, support_en,
         office_phone, shown, submission_ref, created_at, updated_at, updated_by)
       VALUES (@id, @title_zh, @title_en, @summary_zh, @summary_en, @sector, @district, @investment_yuan, @jobs, @support_zh, @support_en,
         @office_phone, @shown, @submission_ref, @at, @at, @by)`,
    ).run({ id, ...columns(p), shown: p.shown ? 1 : 0, submission_ref: p.submissionRef ?? null, at, by });
  }

  /** A project taken into the bank; one from a kiosk submission names it, and each submission enters once. */
  add(p: z.output<typeof ProjectBody>, by: string): StartupProject {
    if (!this.knownDistrict(p.district)) throw fieldError(422, 'body.district', `unknown district "${p.district}"`);
    if (p.submissionRef && this.db.prepare('SELECT 1 FROM startup_projects WHERE submission_ref = ?').get(p.submissionRef)) {
      throw new HttpError(409, 'ALREADY_IN_BANK', `body.submissionRef: ${p.submissionRef} is already in the bank`, [{ path: 'body.submissionRef', message: 'already in the bank' }]);
    }
    const id = crypto.randomUUID();
    this.insert(id, p, by, this.now().toISOString());
    return this.get(id);
  }

  update(id: string, p: z.output<typeof ProjectBody>, by: string): StartupProject {
    this.get(id);
    if (!this.knownDistrict(p.district)) throw fieldError(422, 'body.district', `unknown district "${p.district}"`);
    this.db.prepare(
      `UPDATE startup_projects SET title_zh = @title_zh, title_en = @title_en, summary_zh = @summary_zh, summary_en = @summary_en, sector = @sector,
         district = @district, investment_yuan = @investment_yuan, jobs = @jobs, support_zh = @support_zh, support_en = @support_en,
         office_phone = @office_phone, shown = @shown, updated_at = @at, updated_by = @by WHERE id = @id`,
    ).run({ id, ...columns(p), shown: p.shown ? 1 : 0, at: this.now().toISOString(), by });
    return this.get(id);
  }

  setShown(id: string, shown: boolean, by: string): StartupProject {
    this.get(id);
    this.db.prepare('UPDATE startup_projects SET shown = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(shown ? 1 : 0, this.now().toISOString(), by, id);
    return this.get(id);
  }

  get(id: string): StartupProject {
    const row = this.db.prepare('SELECT * FROM startup_projects WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw fieldError(404, 'params.id', 'no such project');
    return view(row);
  }

  list(shownOnly: boolean): StartupProject[] {
    const rows = this.db.prepare(`SELECT * FROM startup_projects ${shownOnly ? 'WHERE shown = 1' : ''} ORDER BY created_at DESC, title_zh`).all() as Row[];
    return rows.map(view);
  }
}

function view(r: Row): StartupProject {
  return {
    id: r.id, title: { zh: r.title_zh, en: r.title_en }, summary: { zh: r.summary_zh, en: r.summary_en }, sector: r.sector, district: r.district,
    investmentYuan: r.investment_yuan, jobs: r.jobs, support: { zh: r.support_zh, en: r.support_en }, officePhone: r.office_phone,
    shown: r.shown === 1, submissionRef: r.submission_ref, updatedAt: r.updated_at, updatedBy: r.updated_by,
  };
}

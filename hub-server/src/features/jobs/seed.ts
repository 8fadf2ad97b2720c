import fs from 'node:fs';
import path from 'node:path';
import { VacancySeedFile } from '../../contract/index.ts';
import { ContentError, readContentFile } from '../../infra/content.ts';
import type { HubContext } from '../../infra/context.ts';
import type { VacancyService } from './vacancies.ts';

const DAY_MS = 86_400_000;

/**
 * Seeds the demo vacancies once per database (a `meta` key marks it, as for notices). Each goes through the same
 * validation and wording checker as a kiosk submission: a seed that blocks stops start-up.
 */
export function seedVacanciesOnce(hub: Pick<HubContext, 'db' | 'config' | 'now'>, vacancies: VacancyService): void {
  const { db } = hub;
  const dir = path.join(hub.config.contentDir, 'jobs');
  if (!fs.existsSync(path.join(dir, 'vacancies.json'))) return;
  if (db.prepare(`SELECT 1 FROM meta WHERE key = 'seeded:vacancies'`).get()) return;
  const seed = readContentFile(dir, 'vacancies.json', VacancySeedFile);
  const now = hub.now();
  db.transaction(() => {
    seed.vacancies.forEach((s, i) => {
      const result = vacancies.submit(s.vacancy, { source: 'content', employerId: null, by: 'content' }, `vacancies.${i}.vacancy`);
      if (!result.ok) throw new ContentError(`${dir}/vacancies.json: vacancies.${i}: blocked wording ${result.findings.map((f) => `${f.rule} "${f.text}"`).join(', ')}`);
      if (s.status !== 'approved') return;
      vacancies.approve(result.id, {}, 'content');
      const at = new Date(now.getTime() - s.ageDays * DAY_MS).toISOString();
      db.prepare('UPDATE vacancies SET approved_at = ?, created_at = ? WHERE id = ?').run(at, at, result.id);
    });
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded:vacancies', ?)`).run(now.toISOString());
  })();
}

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CreateVacancyBody } from '../../contract/index.ts';
import { ContentError, readContentFile } from '../../infra/content.ts';
import type { HubContext } from '../../infra/context.ts';
import type { VacancyService } from './vacancies.ts';

const DAY_MS = 86_400_000;

/** content/jobs/vacancies.json: demo vacancies. `status` and `ageDays` place each in the demo's review queue or its past. */
export const VacancySeedFile = z.strictObject({
  note: z.string(),
  vacancies: z.array(z.strictObject({
    status: z.enum(['approved', 'pending']),
    /** Posted this many days before the first start, so freshness and "posted within" filters have something to show. */
    ageDays: z.number().int().min(0).max(60),
    vacancy: CreateVacancyBody,
  })),
});

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

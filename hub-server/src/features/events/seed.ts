import { addDays, serviceDay } from '../../infra/clock.ts';
import fs from 'node:fs';
import path from 'node:path';
import { FairsSeedFile } from '../../contract/index.ts';
import { readContentFile } from '../../infra/content.ts';
import type { FairService } from './fairs.ts';
import type { Db } from '../../infra/db.ts';

/** Seeds content/jobs/fairs.json once per database, dated from the first start (a `meta` key marks it). */
export function seedFairsOnce(db: Db, contentDir: string, fairs: FairService, now: Date, timeZone: string): void {
  const dir = path.join(contentDir, 'jobs');
  if (!fs.existsSync(path.join(dir, 'fairs.json'))) return;
  db.transaction(() => {
    if (db.prepare(`SELECT 1 FROM meta WHERE key = 'seeded:fairs'`).get()) return;
    for (const { dayOffset, fair } of readContentFile(dir, 'fairs.json', FairsSeedFile).fairs) {
      fairs.create({ ...fair, day: addDays(serviceDay(now, timeZone), dayOffset) }, 'content');
    }
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded:fairs', ?)`).run(now.toISOString());
  })();
}

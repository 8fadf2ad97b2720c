import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AgencySeedFile } from '../../contract/index.ts';
import { ContentError, readContentFile } from '../../infra/content.ts';
import type { Db } from '../../infra/db.ts';
import { isValidCreditCode } from './credit-code.ts';

/**
 * Seeds the demo hall's licensed agencies once per database (a `meta` key marks it), so the dispatch and
 * overseas job searches and the agency catalogue show real entries. They get no sign-in code: staff issue one
 * (admin → 单位) when an agency asks, as for any employer.
 */
export function seedAgenciesOnce(db: Db, contentDir: string, now: Date): void {
  const dir = path.join(contentDir, 'jobs');
  if (!fs.existsSync(path.join(dir, 'agencies.json'))) return;
  if (db.prepare(`SELECT 1 FROM meta WHERE key = 'seeded:agencies'`).get()) return;
  const file = readContentFile(dir, 'agencies.json', AgencySeedFile);
  const insert = db.prepare(
    `INSERT INTO employers (id, name, credit_code, kind, licence_no, licence_expires, alliance, district, address, contact_name, contact_phone,
       sign_in_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unissued', ?, 'content')`,
  );
  db.transaction(() => {
    file.agencies.forEach((a, i) => {
      if (!isValidCreditCode(a.creditCode)) throw new ContentError(`${dir}/agencies.json: agencies.${i}.creditCode: the check character does not match`);
      if (a.kind === 'company' || !a.licenceNo) throw new ContentError(`${dir}/agencies.json: agencies.${i}: an agency needs a licensed kind and its licence number`);
      insert.run(crypto.randomUUID(), a.name, a.creditCode, a.kind, a.licenceNo, a.licenceExpires ?? null, a.alliance ? 1 : 0, a.district ?? null,
        a.address ?? null, a.contactName ?? null, a.contactPhone ?? null, now.toISOString());
    });
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded:agencies', ?)`).run(now.toISOString());
  })();
}

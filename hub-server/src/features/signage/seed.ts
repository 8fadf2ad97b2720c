import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../infra/db.ts';
import { readContentFile } from '../../infra/content.ts';
import { SignageSeedFile } from '../../contract/index.ts';
import { CALENDAR_ID, normalise, type SignageItems } from './items.ts';
import { checkUpload, type SignageMedia } from './media.ts';
import { sha256 } from './manifest.ts';
import type { SignageStructureStore } from './structure.ts';

export interface SeedDeps {
  db: Db;
  contentDir: string;
  items: SignageItems;
  structure: SignageStructureStore;
  media: SignageMedia;
  /** Keys of the LCD screens just registered: their broker accounts are set by the caller. */
  registered: (screenId: string, key: string) => void;
  now: Date;
}

/**
 * The demo hall's signage from content/signage/demo.json, once per database: zones, groups and screens, and
 * the content published as it is (content staff wrote, so nobody reviews it). A hall that removed the demo
 * screens does not get them back. Returns whether it seeded, so the caller publishes the first revision.
 */
export function seedSignageOnce(d: SeedDeps): boolean {
  const done = d.db.prepare("SELECT value FROM meta WHERE key = 'seeded:signage'").get();
  if (done) return false;
  const file = readContentFile(d.contentDir, 'signage/demo.json', SignageSeedFile);
  d.db.transaction(() => {
    for (const m of file.media) {
      const body = fs.readFileSync(path.join(d.contentDir, 'signage', 'media', m.file));
      if (sha256(body) !== m.sha256) throw new Error(`content/signage/media/${m.file}: its SHA-256 is not the one demo.json names`);
      const type = ({ png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp', mp4: 'video/mp4', webm: 'video/webm' } as const)[m.file.split('.').pop() as 'png'];
      d.media.put(checkUpload(type, body), body, m.name, 'content', d.now);
    }
    for (const z of file.zones) d.structure.putZone(z);
    for (const g of file.groups) d.structure.putGroup(g);
    for (const l of file.layouts) d.items.seed('layout', l.id, normalise('layout', l.id, l), d.now);
    for (const p of file.playlists) d.items.seed('playlist', p.id, normalise('playlist', p.id, p), d.now);
    for (const e of file.schedule) d.items.seed('schedule', e.id, normalise('schedule', e.id, e), d.now);
    for (const t of file.alertTemplates) d.items.seed('alert-template', t.id, normalise('alert-template', t.id, t), d.now);
    d.items.seed('calendar', CALENDAR_ID, normalise('calendar', CALENDAR_ID, file.calendar), d.now);
    for (const s of file.screens) {
      const { screen, key } = d.structure.put(s, d.now);
      if (key) d.registered(screen.id, key);
    }
    d.db.prepare("INSERT INTO meta (key, value) VALUES ('seeded:signage', ?)").run(d.now.toISOString());
  })();
  return true;
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const KeysFile = z.record(z.string(), z.string().min(24));

/**
 * A secret per kiosk, in DATA_DIR/kiosk-keys.json (mode 0600), generated for each kiosk in content/hall.json.
 * The kiosk shell opens the kiosk page with its key (…/kiosk/?kiosk=<id>&key=<key>); only that page may wait
 * for the cards its reader reads. Everything else a kiosk does is public and needs no key.
 */
export class KioskKeys {
  constructor(private readonly keys: Record<string, string>) {}

  /** Reads DATA_DIR/kiosk-keys.json, adding a key for every kiosk that has none yet. */
  static load(dataDir: string, kioskIds: string[]): KioskKeys {
    const file = path.join(dataDir, 'kiosk-keys.json');
    let keys: Record<string, string> = {};
    if (fs.existsSync(file)) {
      const parsed = KeysFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message}`);
      keys = parsed.data;
    }
    const missing = kioskIds.filter((id) => !keys[id]);
    for (const id of missing) keys[id] = crypto.randomBytes(24).toString('base64url');
    if (missing.length || !fs.existsSync(file)) {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(keys, null, 2), { mode: 0o600 });
      fs.renameSync(`${file}.tmp`, file);
    }
    return new KioskKeys(keys);
  }

  key(kioskId: string): string | undefined {
    return this.keys[kioskId];
  }

  matches(kioskId: string, given: string | undefined): boolean {
    const want = this.keys[kioskId];
    if (!want || !given) return false;
    const a = Buffer.from(want);
    const b = Buffer.from(given);
    return a.length === b.length && crypto.timingSafeEqual(a, b);
  }
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Identity data at rest: ID numbers, names and phones are sealed with AES-256-GCM, and looked up by an
 * HMAC-SHA256 of the ID number, both under a hall key kept in the data folder (mode 0600) beside, not inside,
 * the database. A copied database file alone does not reveal who registered.
 */
export class IdentityVault {
  private readonly sealKey: Buffer;
  private readonly macKey: Buffer;

  constructor(master: Buffer) {
    if (master.length !== 32) throw new Error('identity key: expected 32 bytes');
    // Separate keys for sealing and for lookup hashes, derived from one stored secret.
    this.sealKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'jobhall identity seal', 32));
    this.macKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'jobhall identity lookup', 32));
  }

  /** Reads the hall's key, creating it on the first start. */
  static open(dataDir: string): IdentityVault {
    const file = path.join(dataDir, 'identity.key');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(file, crypto.randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    }
    return new IdentityVault(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64'));
  }

  seal(text: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.sealKey, iv);
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  unseal(sealed: string): string {
    const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.sealKey, iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
  }

  lookupHash(text: string): string {
    return crypto.createHmac('sha256', this.macKey).update(text).digest('hex');
  }
}

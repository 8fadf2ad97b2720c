import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const Account = z.strictObject({
  /** SHA-256 of the secret, hex. Secrets are 24 random bytes, so a plain hash cannot be searched back. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  enabled: z.boolean(),
});

const CredentialsFile = z.strictObject({
  display: z.string().min(16),
  /**
   * Secrets of the devices listed in content/hall.json, in the clear: the demo hall starts their agents in its
   * own process and hands each its secret. Devices enrolled at run time never appear here.
   */
  devices: z.record(z.string(), z.string().min(16)),
  /** Every device account the embedded broker accepts: hashed, and enabled or not (awaiting approval, revoked). */
  accounts: z.record(z.string(), Account).default({}),
  /** Content devices whose account was removed (revoked): not given a new secret at the next start. */
  removed: z.array(z.string()).default([]),
});
export type BrokerCredentials = z.infer<typeof CredentialsFile>;

export function newDeviceSecret(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export function secretHash(secret: string): string {
  return crypto.createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * The embedded broker's accounts, kept in DATA_DIR/broker-credentials.json (mode 0600): the display password,
 * and an account per device. Devices in content/hall.json get a secret on first start (a device added to the
 * file later gets one on the next start); enrolled devices get theirs through DeviceAccounts.
 */
export function loadBrokerCredentials(dataDir: string, deviceIds: string[]): BrokerCredentials {
  const file = path.join(dataDir, 'broker-credentials.json');
  let creds: BrokerCredentials = { display: newDeviceSecret(), devices: {}, accounts: {}, removed: [] };
  if (fs.existsSync(file)) {
    const parsed = CredentialsFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    creds = parsed.data;
  }
  let changed = !fs.existsSync(file);
  for (const id of deviceIds) {
    // A content device whose account was removed (revoked) stays removed: it comes back only by enrolment.
    if (!creds.devices[id] && !(id in creds.accounts) && !creds.removed.includes(id)) {
      creds.devices[id] = newDeviceSecret();
      changed = true;
    }
  }
  // A file written before accounts were hashed: every clear secret gets its account.
  for (const [id, secret] of Object.entries(creds.devices)) {
    if (!creds.accounts[id]) {
      creds.accounts[id] = { sha256: secretHash(secret), enabled: true };
      changed = true;
    }
  }
  if (changed) saveBrokerCredentials(dataDir, creds);
  return creds;
}

/** Writes the file whole (a temporary file, then a rename), so a crash never leaves half of it. */
export function saveBrokerCredentials(dataDir: string, creds: BrokerCredentials): void {
  const file = path.join(dataDir, 'broker-credentials.json');
  fs.mkdirSync(dataDir, { recursive: true });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(creds, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

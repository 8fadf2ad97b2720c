import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const CredentialsFile = z.strictObject({
  display: z.string().min(16),
  devices: z.record(z.string(), z.string().min(16)),
});
export type BrokerCredentials = z.infer<typeof CredentialsFile>;

function secret(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/**
 * Device secrets and the display password for the embedded broker, kept in DATA_DIR/broker-credentials.json
 * (mode 0600). Generated on first start for every device in content/hall.json; a device added later gets one
 * on the next start. Provisioning hands each agent its own secret.
 */
export function loadBrokerCredentials(dataDir: string, deviceIds: string[]): BrokerCredentials {
  const file = path.join(dataDir, 'broker-credentials.json');
  let creds: BrokerCredentials = { display: secret(), devices: {} };
  if (fs.existsSync(file)) {
    const parsed = CredentialsFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    creds = parsed.data;
  }
  let changed = !fs.existsSync(file);
  for (const id of deviceIds) {
    if (!creds.devices[id]) {
      creds.devices[id] = secret();
      changed = true;
    }
  }
  if (changed) saveBrokerCredentials(dataDir, creds);
  return creds;
}

/** Writes the credentials file whole (temporary file, then rename), so a crash never leaves half of it. */
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

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DeviceConfig, DeviceKind, Slug } from '@jobhall/hub-server/contract';

/** What a device keeps after enrolment: who it is, where its hub and broker are, its secret and configuration. */
export const DeviceFile = z.strictObject({
  deviceId: Slug,
  kind: DeviceKind,
  hall: Slug,
  hubUrl: z.url({ protocol: /^https?$/ }),
  mqttUrl: z.url({ protocol: /^mqtts?$/ }),
  secret: z.string().min(16),
  config: DeviceConfig,
});
export type DeviceFile = z.infer<typeof DeviceFile>;

export function deviceFilePath(stateDir: string, kind: string): string {
  return path.join(stateDir, kind, 'device.json');
}

export function readDeviceFile(file: string): DeviceFile | null {
  if (!fs.existsSync(file)) return null;
  const parsed = DeviceFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Written whole and readable by its owner only: the secret opens the broker as this device. */
export function writeDeviceFile(file: string, device: DeviceFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(device, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/**
 * The agents' one runtime: `npm run agent -- <kind>` (or a systemd unit running the same) starts the agent
 * of that kind on a device's machine.
 *
 *   npm run agent -- kiosk-shell --enrol http://hub:8080/enrol?code=ABCD-EFGH   first start: enrol, wait for approval
 *   npm run agent -- kiosk-shell                                                 every start after
 *   npm run agent -- printer --enrol ABCD-EFGH --hub http://hub:8080
 *   npm run agent -- kiosk-shell --enrol-only --enrol <code|address>               enrol and stop (set-up scripts;
 *                                                                                 the systemd unit then waits for approval)
 *
 * Enrolment keeps the device's credential and configuration in AGENT_STATE_DIR/<kind>/device.json (mode 0600).
 * The older way, everything in the environment (DEVICE_ID, DEVICE_SECRET, MQTT_URL, HALL_ID), still works for
 * the hall's content devices. Exit codes: 2 a configuration problem, 3 the device was revoked (systemd does
 * not restart it: RestartPreventExitStatus=3).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeviceKind, Slug } from '@jobhall/hub-server/contract';
import { jsonLog } from './agent/log.ts';
import { deviceFilePath, readDeviceFile, writeDeviceFile, type DeviceFile } from './runtime/device-file.ts';
import { askHub, awaitApproval, enrol, parseEnrolment } from './runtime/enrol.ts';
import { LocalConfig } from './runtime/local-config.ts';
import { makeAgent } from './runtime/make-agent.ts';

function fail(message: string, code = 2): never {
  console.error(`device agent: ${message}`);
  process.exit(code);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { enrol: { type: 'string' }, 'enrol-only': { type: 'boolean' }, hub: { type: 'string' }, 'state-dir': { type: 'string' } },
});
const kind = DeviceKind.exclude(['signage-screen']).safeParse(positionals[0] ?? process.env.AGENT);
if (!kind.success) fail(`which agent? npm run agent -- <${DeviceKind.options.filter((k) => k !== 'signage-screen').join('|')}>`);
const local = LocalConfig.safeParse(process.env);
if (!local.success) fail(local.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
const env = local.data;
const stateRoot = path.resolve(values['state-dir'] ?? env.AGENT_STATE_DIR);
const log = jsonLog(kind.data, env.LOG_LEVEL);

let device: DeviceFile;
const legacy = process.env.DEVICE_ID && process.env.DEVICE_SECRET && process.env.MQTT_URL && process.env.HALL_ID;
if (legacy) {
  // A content device provisioned by hand: no enrolment, no approval to wait for.
  const id = Slug.safeParse(process.env.DEVICE_ID);
  if (!id.success) fail('DEVICE_ID: lower-case letters, digits and dashes');
  device = {
    deviceId: id.data, kind: kind.data, hall: process.env.HALL_ID!, hubUrl: process.env.HUB_URL ?? 'http://localhost:8080',
    mqttUrl: process.env.MQTT_URL!, secret: process.env.DEVICE_SECRET!, config: {},
  };
} else {
  const file = deviceFilePath(stateRoot, kind.data);
  if (values.enrol) {
    try {
      const { hubUrl, code } = parseEnrolment(values.enrol, values.hub ?? process.env.HUB_URL);
      const enrolled = await enrol(hubUrl, code, kind.data);
      writeDeviceFile(file, enrolled);
      log.info({ deviceId: enrolled.deviceId, file }, 'enrolled: credential and configuration kept');
    } catch (err) {
      fail((err as Error).message);
    }
    // Set up over SSH, a kiosk shell has no screen to start on yet: its service waits for the approval instead.
    if (values['enrol-only']) process.exit(0);
  }
  const found = readDeviceFile(file);
  if (!found) fail(`not enrolled yet: npm run agent -- ${kind.data} --enrol <the code or address staff got in admin → 设备>`);
  try {
    const self = await awaitApproval(found, log);
    device = { ...found, config: self.config };
    if (JSON.stringify(self.config) !== JSON.stringify(found.config)) writeDeviceFile(file, device);
  } catch (err) {
    fail((err as Error).message, 3);
  }
}

const agent = await makeAgent({
  kind: kind.data, hubUrl: device.hubUrl, config: device.config, local: env, log,
  connection: { url: device.mqttUrl, hall: device.hall, deviceId: device.deviceId, password: device.secret },
  stateDir: path.join(stateRoot, device.deviceId),
}).catch((err: Error) => fail(err.message));

// The broker refusing the credential means the device was revoked, or set back to pending by a new
// enrolment. Asked at most once a minute; a revoked device stops for good.
let asked = 0;
agent.on('refused', () => {
  if (legacy || Date.now() - asked < 60_000) return;
  asked = Date.now();
  void askHub(device).then(async (self) => {
    if (self.state !== 'revoked') return;
    log.error({ deviceId: device.deviceId }, 'this device has been revoked; stopping');
    await agent.stop();
    process.exit(3);
  }, () => {});
});

await agent.start();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void agent.stop().then(() => process.exit(0)));
}

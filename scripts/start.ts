/**
 * `npm start`: the whole demo hall in one process — the hub with its embedded broker and SQLite under
 * DATA_DIR, content seeded on first start, the printer agent (PRINTER_URL, default the simulated printer
 * `sim:`) and the call-screen agent with a simulated LED board. Ctrl-C stops everything cleanly.
 */
import path from 'node:path';
import { loadConfigOrExit } from '@jobhall/hub-server/server';
import { buildApp } from '@jobhall/hub-server/app';
import { CallScreenAgent, CardReaderAgent, PrinterAgent, SimCardReader, SimLedBoard, SimSmsGateway, SmsAgent, jsonLog, transportFromUrl, type DeviceAgent } from '@jobhall/device-agents';
import { KioskKeys } from '@jobhall/hub-server/kiosk-keys';

const config = loadConfigOrExit();
const printerUrl = process.env.PRINTER_URL ?? 'sim:';

const app = await buildApp(config);
try {
  await app.listen({ port: config.port, host: config.host });
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  console.error(e.code === 'EADDRINUSE' ? `JobHall cannot start: port ${config.port} is in use; set PORT to another port` : e.message);
  await app.close();
  process.exit(1);
}
const { hub } = app;

const agents: DeviceAgent[] = [];
if (hub.broker.mode === 'embedded') {
  const url = `mqtt://127.0.0.1:${hub.broker.port}`;
  for (const device of hub.catalogue.hall.devices) {
    const connection = { url, hall: hub.hall, deviceId: device.id, password: hub.broker.credentials!.devices[device.id]! };
    const log = jsonLog(device.id, 'warn');
    const stateDir = path.join(config.dataDir, 'agents', device.id);
    if (device.kind === 'printer') {
      agents.push(new PrinterAgent({ connection, log, stateDir, transport: transportFromUrl(printerUrl, path.join(stateDir, 'paper')) }));
    } else if (device.kind === 'call-screen') {
      agents.push(new CallScreenAgent({ connection, log, board: new SimLedBoard() }));
    } else if (device.kind === 'sms') {
      agents.push(new SmsAgent({ connection, log, gateway: new SimSmsGateway(), stateDir }));
    } else if (device.kind === 'card-reader') {
      agents.push(new CardReaderAgent({ connection, log, reader: new SimCardReader() }));
    }
  }
  for (const agent of agents) await agent.start();
} else {
  app.log.warn('external broker: start the device agents on their own machines (device-agents/src/main.ts)');
}

const local = `http://localhost:${config.port}`;
// The kiosk shell opens each kiosk with its key, which lets that page use the kiosk's card reader.
const keys = KioskKeys.load(config.dataDir, hub.catalogue.hall.kiosks.map((k) => k.id));
const kiosk = hub.catalogue.hall.kiosks[0]!;
// Each registered lobby screen opens with its own key, which is also its broker password.
const screenLines = hub.broker.credentials
  ? app.signage.screens().filter((s) => s.kind === 'lcd' && hub.broker.credentials!.devices[s.id])
    .map((s) => `            ${s.id.padEnd(10)} ${local}/signage/?screen=${s.id}&key=${encodeURIComponent(hub.broker.credentials!.devices[s.id]!)}`)
  : [];
const lines = [
  '',
  `  JobHall demo hall · ${hub.catalogue.hall.name.zh} · ${hub.catalogue.hall.name.en}`,
  '',
  `  Kiosk     自助机      ${local}/kiosk/?kiosk=${kiosk.id}&key=${keys.key(kiosk.id)}`,
  `  Signage   大厅屏      ${local}/signage/  (the lobby zone; registered screens below)`,
  ...screenLines,
  `  Admin     管理台      ${local}/admin/`,
  `  API docs  接口文档    ${local}/api/docs`,
  `  Health    健康检查    ${local}/api/health`,
  '',
  `  Broker    MQTT ${hub.broker.mode === 'embedded' ? `mqtt://localhost:${hub.broker.port}  ·  ws://localhost:${config.port}/mqtt` : hub.realtime.url}`,
  `  Data      ${config.dataDir}`,
  `  Printer   ${printerUrl}${printerUrl.startsWith('sim:') ? `  (paper kept in ${path.join(config.dataDir, 'agents', 'printer-1', 'paper')})` : ''}`,
  `  Phones    ${config.publicUrl}  (QR codes on tickets point here; set PUBLIC_URL to change)`,
  '',
];
if (config.mode === 'demo' && config.admin.isDemoDefault) {
  lines.push(`  Staff login (demo): ${config.admin.username} / ${config.admin.password}`, '  Set JOBHALL_ADMIN_PASSWORD before using this hall for real.', '');
}
lines.push('  Ctrl-C stops the hall.', '');
console.log(lines.join('\n'));

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the hall…`);
  const force = setTimeout(() => {
    console.error('did not stop within 10 s; exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  for (const agent of agents.reverse()) await agent.stop().catch(() => {});
  await app.close();
  console.log('stopped.');
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

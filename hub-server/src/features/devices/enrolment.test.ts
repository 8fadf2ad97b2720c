import { test } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt from 'mqtt';
import { DeviceCommandEntry, EnrolResult, topicPath, type ShellCommand } from '../../contract/index.ts';
import { eventually, startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;
const clock = { offset: 0 };

test.before(async () => {
  hub = await startTestHub({ now: () => new Date(Date.now() + clock.offset) });
  staff = await hub.login();
});
test.after(async () => {
  await hub.close();
});

const kiosk = (id: string, extra: Record<string, unknown> = {}) => ({
  id, kind: 'kiosk-shell', name: { zh: '自助机', en: 'Kiosk' }, zone: 'lobby', config: { page: '/kiosk/' }, ...extra,
});
const addDevice = (payload: unknown, headers = staff) => hub.app.inject({ method: 'POST', url: '/api/devices', headers, payload: payload as object });

test('adding a device needs staff; bad input is a 400 naming the field; an id in use is a 409', async () => {
  assert.is((await addDevice(kiosk('kiosk-5'), {})).statusCode, 401);
  const noPage = await addDevice(kiosk('kiosk-5', { config: {} }));
  assert.is(noPage.statusCode, 400);
  assert.match(noPage.json().message, 'body.config.page');
  const offOrigin = await addDevice(kiosk('kiosk-5', { config: { page: 'https://example.com/' } }));
  assert.is(offOrigin.statusCode, 400, 'a kiosk page is a path on the hub, never another site');
  assert.match(offOrigin.json().message, 'body.config.page');
  const badId = await addDevice(kiosk('Kiosk 5'));
  assert.is(badId.statusCode, 400);
  assert.match(badId.json().message, 'body.id');
  const taken = await addDevice(kiosk('printer-1'));
  assert.is(taken.statusCode, 409);
  assert.match(taken.json().message, 'body.id');
  const fleet = (await hub.app.inject({ method: 'GET', url: '/api/devices/fleet', headers: staff })).json() as Array<{ id: string }>;
  assert.not.ok(fleet.some((d) => d.id === 'kiosk-5'), 'nothing half-written');
});

test('a code expires: refused after its time, and a wrong code is refused naming the field', async () => {
  const added = await addDevice(kiosk('kiosk-6'));
  const { code } = added.json().enrolment as { code: string };
  clock.offset = 31 * 60_000;
  try {
    const late = await hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code } });
    assert.is(late.statusCode, 410);
    assert.is(late.json().issues[0].path, 'body.code');
  } finally {
    clock.offset = 0;
  }
  const wrong = await hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code: 'AAAA-AAAA' } });
  assert.is(wrong.statusCode, 404);
  const malformed = await hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code: 'I0O1-ZZZZ' } });
  assert.is(malformed.statusCode, 400);
  assert.match(malformed.json().message, 'body.code');
});

test('a shell command goes to the shell with a correlation id; its answer and screenshot are logged', async () => {
  const added = await addDevice(kiosk('kiosk-7'));
  const creds = EnrolResult.parse((await hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code: added.json().enrolment.code } })).json());
  const early = await hub.app.inject({ method: 'POST', url: '/api/devices/kiosk-7/commands', headers: staff, payload: { action: 'ping' } });
  assert.is(early.statusCode, 409, 'a pending shell cannot connect, so it takes no commands');
  await hub.app.inject({ method: 'POST', url: '/api/devices/kiosk-7/approve', headers: staff });
  // The shell, as its agent would: answer every command with its correlation id.
  const shell = mqtt.connect(`mqtt://127.0.0.1:${hub.app.hub.broker.port}`, { protocolVersion: 4, username: 'kiosk-7', password: creds.secret });
  await new Promise((r) => shell.once('connect', r));
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
  shell.on('message', (_t, payload) => {
    const cmd = JSON.parse(String(payload)) as ShellCommand;
    const answer = { correlationId: cmd.correlationId, ok: true, detail: cmd.action, url: 'http://hall.test/kiosk/', at: new Date().toISOString(), ...(cmd.action === 'screenshot' && { screenshot: jpeg.toString('base64') }) };
    shell.publish(topicPath(hub.app.hub.hall, 'shellResult', { deviceId: 'kiosk-7' }), JSON.stringify(answer), { qos: 1 });
  });
  await shell.subscribeAsync(topicPath(hub.app.hub.hall, 'shellCommand', { deviceId: 'kiosk-7' }), { qos: 1 });
  const sent = await hub.app.inject({ method: 'POST', url: '/api/devices/kiosk-7/commands', headers: staff, payload: { action: 'screenshot' } });
  assert.is(sent.statusCode, 202);
  const id = sent.json().correlationId as string;
  const logged = await eventually(async () => {
    const log = (await hub.app.inject({ method: 'GET', url: '/api/devices/commands?deviceId=kiosk-7', headers: staff })).json() as DeviceCommandEntry[];
    return log.find((c) => c.correlationId === id && c.state === 'acknowledged');
  }, 5000, 'the answer in the command log');
  assert.is(logged.result, 'ok: screenshot');
  const shot = await hub.app.inject({ method: 'GET', url: '/api/devices/kiosk-7/screenshot', headers: staff });
  assert.is(shot.headers['content-type'], 'image/jpeg');
  assert.equal([...shot.rawPayload], [...jpeg]);
  const notShell = await hub.app.inject({ method: 'POST', url: '/api/devices/printer-1/commands', headers: staff, payload: { action: 'ping' } });
  assert.is(notShell.statusCode, 404);
  const noPath = await hub.app.inject({ method: 'POST', url: '/api/devices/kiosk-7/commands', headers: staff, payload: { action: 'navigate' } });
  assert.is(noPath.statusCode, 400);
  assert.match(noPath.json().message, 'body.path');
  shell.end(true);
});

test('print jobs are in the command log too, with the printer\'s answer', async () => {
  const ticket = await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '3.1.2' } });
  const jobId = ticket.json().print.jobId as string;
  const entry = await eventually(async () => {
    const log = (await hub.app.inject({ method: 'GET', url: '/api/devices/commands?deviceId=printer-1', headers: staff })).json() as DeviceCommandEntry[];
    return log.find((c) => c.correlationId === `print:${jobId}`);
  }, 3000, 'the print job in the log');
  assert.is(entry.kind, 'print');
  assert.match(entry.summary, 'ticket');
});

test.run();

/**
 * The SMS agent with the demo's gateway against a real hub: results reach the hub's log, the queue on disk
 * survives a restart while the gateway is away, numbers are held to their limits, and a 退订 reply cancels
 * what still waits for that number.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { eventually, startTestHub, type TestHub } from '@jobhall/hub-server/testing';
import { jsonLog } from '../agent/log.ts';
import { SimSmsGateway } from './sim-gateway.ts';
import { SmsAgent } from './sms-agent.ts';

let hub: TestHub;

test.before(async () => {
  hub = await startTestHub();
});
test.after(async () => {
  await hub.close();
});

function agent(gateway: SimSmsGateway, stateDir: string | null, limits = { per10min: 3, perDay: 10 }): SmsAgent {
  return new SmsAgent({
    connection: { url: `mqtt://127.0.0.1:${hub.app.hub.broker.port}`, hall: hub.app.hub.hall, deviceId: 'sms-1', password: hub.app.hub.broker.credentials!.devices['sms-1']! },
    gateway, log: jsonLog('sms-1', 'silent'), stateDir, limits, tickMs: 100,
  });
}

/** Started, subscribed, and announced: the hub hears "online" only once the agent's subscriptions are in place. */
async function started(a: SmsAgent): Promise<SmsAgent> {
  await a.start();
  await eventually(() => hub.app.devices.health('sms-1')?.state === 'online', 5000, 'the agent online');
  return a;
}

const stateOf = (id: string) => (hub.app.hub.db.prepare('SELECT state, error FROM sms_messages WHERE id = ?').get(id) as { state: string; error: string | null } | undefined);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-sms-'));

test('a message goes out through the gateway and the hub learns it was sent', async () => {
  const gateway = new SimSmsGateway(() => {});
  const a = await started(agent(gateway, null));
  try {
    const id = hub.app.sms.send('13800138000', '【演示大厅】测试短信')!;
    await eventually(() => stateOf(id)?.state === 'sent', 5000, 'sent at the hub');
    assert.equal(gateway.sent.map((s) => s.text), ['【演示大厅】测试短信']);
  } finally {
    await a.stop();
  }
});

test('the queue survives a restart: a message taken while the gateway was away is sent by the next run', async () => {
  const dir = tmp();
  const down = new SimSmsGateway(() => {});
  down.failNext = 1000;
  const first = await started(agent(down, dir));
  const id = hub.app.sms.send('13900139000', '您的号快到了')!;
  await eventually(() => first.entry(id)?.attempts, 5000, 'tried once');
  assert.is(first.entry(id)!.state, 'queued');
  await first.stop(); // the machine restarts with the message still waiting
  assert.match(fs.readFileSync(path.join(dir, 'sms-queue.json'), 'utf8'), id);
  const up = new SimSmsGateway(() => {});
  const second = await started(agent(up, dir));
  try {
    await eventually(() => stateOf(id)?.state === 'sent', 15_000, 'sent after the restart');
    assert.equal(up.sent.map((s) => s.to), ['13900139000']);
    assert.not.match(fs.readFileSync(path.join(dir, 'sms-queue.json'), 'utf8'), '13900139000', 'the number is not kept once sent');
  } finally {
    await second.stop();
  }
});

test('per-number limit: the fourth message in ten minutes waits; other numbers are not held up', async () => {
  const gateway = new SimSmsGateway(() => {});
  const a = await started(agent(gateway, null));
  try {
    const ids = [1, 2, 3, 4].map((n) => hub.app.sms.send('13700137000', `第${n}条`)!);
    const other = hub.app.sms.send('13600136000', '别的号码')!;
    await eventually(() => stateOf(other)?.state === 'sent', 5000, 'the other number');
    await eventually(() => ids.slice(0, 3).every((id) => stateOf(id)?.state === 'sent'), 5000, 'three sent');
    assert.is(stateOf(ids[3]!)?.state, 'queued');
    assert.is(a.entry(ids[3]!)!.state, 'queued');
    assert.ok(a.entry(ids[3]!)!.nextAt > Date.now() + 500_000, 'held for most of ten minutes');
    assert.is(gateway.sent.filter((s) => s.to === '13700137000').length, 3);
  } finally {
    await a.stop();
  }
});

test('a 退订 reply reaches the hub and cancels what still waits here for that number', async () => {
  const gateway = new SimSmsGateway(() => {});
  gateway.failNext = 1000;
  const heard: Array<{ from: string; stop: boolean }> = [];
  const off = hub.app.hub.events.on('sms.received', (m) => heard.push(m));
  const a = await started(agent(gateway, null));
  try {
    const id = hub.app.sms.send('13500135000', '招聘会提醒')!;
    await eventually(() => a.entry(id)?.attempts, 5000, 'waiting for the gateway');
    gateway.failNext = 0;
    gateway.receive('13500135000', '退订');
    await eventually(() => stateOf(id)?.state === 'failed', 5000, 'cancelled at the hub');
    assert.match(stateOf(id)!.error!, 'opted out');
    await eventually(() => heard.some((m) => m.from === '13500135000' && m.stop), 3000, 'the hub heard the stop');
    await new Promise((r) => setTimeout(r, 300));
    assert.not.ok(gateway.sent.some((s) => s.to === '13500135000'), 'nothing went to the number after its stop');
  } finally {
    off();
    await a.stop();
  }
});

test.run();

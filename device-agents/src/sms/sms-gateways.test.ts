/**
 * The SMS agent's real gateways against scripted counterparts and a real hub: a GSM modem speaking AT
 * commands in PDU mode over a pseudo-terminal, and an operator's HTTP API with delivery reports posted back.
 */
import http from 'node:http';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { eventually, startTestHub, type TestHub } from '@jobhall/hub-server/testing';
import { jsonLog } from '../agent/log.ts';
import { FakeGsmModem } from '../testing/fake-gsm-modem.ts';
import { PtyPair } from '../testing/pty-pair.ts';
import type { SmsGateway } from './gateway.ts';
import { HttpSmsGateway } from './http-gateway.ts';
import { GsmModemGateway } from './modem-gateway.ts';
import { SmsAgent } from './sms-agent.ts';

let hub: TestHub;
const log = jsonLog('sms-1', 'silent');

test.before(async () => {
  hub = await startTestHub();
});
test.after(async () => {
  await hub.close();
});

async function withAgent(gateway: SmsGateway, body: () => Promise<void>): Promise<void> {
  const a = new SmsAgent({
    connection: { url: `mqtt://127.0.0.1:${hub.app.hub.broker.port}`, hall: hub.app.hub.hall, deviceId: 'sms-1', password: hub.app.hub.broker.credentials!.devices['sms-1']! },
    gateway, log, stateDir: null, tickMs: 100,
  });
  await a.start();
  await eventually(() => hub.app.devices.health('sms-1')?.state === 'online', 5000, 'the agent online');
  try {
    await body();
  } finally {
    await a.stop();
  }
}

const stateOf = (id: string) => (hub.app.hub.db.prepare('SELECT state, error FROM sms_messages WHERE id = ?').get(id) as { state: string; error: string | null } | undefined);

test('GSM modem: a long Chinese message goes as concatenated UCS2 PDUs; delivery reports and a 退订 reply come back', async () => {
  const pty = await new PtyPair().open();
  const modem = new FakeGsmModem(pty);
  const heard: Array<{ from: string; stop: boolean }> = [];
  const off = hub.app.hub.events.on('sms.received', (m) => heard.push(m));
  try {
    await withAgent(new GsmModemGateway({ path: pty.path, log }), async () => {
      await eventually(() => modem.commands.length >= 4, 5000, 'the modem set up');
      assert.equal(modem.commands.slice(0, 4), ['AT', 'ATE0', 'AT+CMGF=0', 'AT+CNMI=2,1,0,1,0']);
      const text = '【演示大厅】招聘会提醒：本周六上午九点在二楼举办专场招聘会，百余家企业现场招聘，请带好身份证和简历准时参加。如需帮助请到服务窗口咨询。回复退订不再接收。';
      const id = hub.app.sms.send('13800138000', text)!;
      await eventually(() => stateOf(id)?.state === 'sent', 10_000, 'sent');
      assert.is(modem.submitted.length, 2, `${[...text].length} characters make two parts`);
      assert.equal(modem.submitted.map((s) => s.concat?.seq), [1, 2]);
      assert.ok(modem.submitted.every((s) => s.to === '+8613800138000' && s.statusReport));
      assert.is(modem.submitted.map((s) => s.text).join(''), text);
      // Both parts delivered: the message is.
      modem.report(modem.submitted[0]!.reference, '13800138000', 0x00);
      await new Promise((r) => setTimeout(r, 200));
      assert.is(stateOf(id)?.state, 'sent', 'one part of two is not the message');
      modem.report(modem.submitted[1]!.reference, '13800138000', 0x00);
      await eventually(() => stateOf(id)?.state === 'delivered', 5000, 'delivered');
      modem.receive('13800138000', '退订');
      await eventually(() => heard.some((m) => m.from === '13800138000' && m.stop), 5000, 'the reply at the hub');
      assert.ok(modem.commands.includes('AT+CMGD=1'), 'the reply was deleted from the SIM');
    });
  } finally {
    off();
    await pty.close();
  }
});

test('GSM modem: a network error is tried again; an unknown number is given up at once', async () => {
  const pty = await new PtyPair().open();
  const modem = new FakeGsmModem(pty);
  try {
    await withAgent(new GsmModemGateway({ path: pty.path, log }), async () => {
      modem.refuse = [42]; // congestion: passes
      const retried = hub.app.sms.send('13800138001', 'retry')!;
      await eventually(() => stateOf(retried)?.state === 'sent', 15_000, 'sent on the second try');
      modem.refuse = [1]; // unassigned number: will not pass
      const refused = hub.app.sms.send('13800138002', 'bad number')!;
      await eventually(() => stateOf(refused)?.state === 'failed', 5000, 'given up');
      assert.match(stateOf(refused)!.error!, 'CMS ERROR: 1');
    });
  } finally {
    await pty.close();
  }
});

test('HTTP gateway: fields, extra fields and auth as configured; a 503 tried again; delivery reports and replies posted back', async () => {
  const requests: Array<{ auth: string | undefined; body: Record<string, string> }> = [];
  let answer503 = 1;
  const operator = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c)).on('end', () => {
      requests.push({ auth: req.headers.authorization, body: Object.fromEntries(new URLSearchParams(raw)) });
      if (answer503-- > 0) return res.writeHead(503).end('busy');
      const body = Object.fromEntries(new URLSearchParams(raw));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body.mobile === '13800138009' ? { code: '4085', msg: 'blacklisted' } : { code: '0', data: { msgId: `op-${requests.length}` } }));
    });
  });
  await new Promise<void>((r) => operator.listen(0, '127.0.0.1', () => r()));
  const gateway = new HttpSmsGateway({
    url: `http://127.0.0.1:${(operator.address() as { port: number }).port}/sms/send`, format: 'form', fields: { to: 'mobile', text: 'content' },
    extra: { account: 'hall-01', sign: '【演示大厅】' }, auth: 'basic:hall:s3cret', idPath: 'data.msgId', okPath: 'code', okValue: '0', log,
    callback: { port: 0, host: '127.0.0.1', token: 'callback-token-0123456789', idField: 'msgId', statusField: 'stat', delivered: ['DELIVRD'], fromField: 'mobile', textField: 'content' },
  });
  const heard: Array<{ from: string; text: string }> = [];
  const off = hub.app.hub.events.on('sms.received', (m) => heard.push(m));
  try {
    await withAgent(gateway, async () => {
      const id = hub.app.sms.send('13800138000', '您的号快到了')!;
      await eventually(() => stateOf(id)?.state === 'sent', 15_000, 'sent after a 503');
      assert.is(requests.length, 2);
      assert.equal(requests[1]!.body, { account: 'hall-01', sign: '【演示大厅】', mobile: '13800138000', content: '您的号快到了' });
      assert.is(requests[1]!.auth, `Basic ${Buffer.from('hall:s3cret').toString('base64')}`);
      const post = (p: string, body: Record<string, string>, token = 'callback-token-0123456789') =>
        fetch(`http://127.0.0.1:${gateway.callbackPort}${p}?token=${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });
      assert.is((await post('/dlr', { msgId: 'op-2', stat: 'DELIVRD' }, 'wrong-token-000000000000')).status, 401, 'a report without the token is refused');
      assert.is((await post('/dlr', { msgId: 'op-2', stat: 'DELIVRD' })).status, 200);
      await eventually(() => stateOf(id)?.state === 'delivered', 5000, 'delivered');
      assert.is((await post('/mo', { mobile: '8613800138000', content: 'TD' })).status, 200);
      await eventually(() => heard.some((m) => m.from === '13800138000' && m.text === 'TD'), 5000, 'the reply at the hub');
      const refused = hub.app.sms.send('13800138009', '测试')!;
      await eventually(() => stateOf(refused)?.state === 'failed', 5000, 'refused by the operator');
      assert.match(stateOf(refused)!.error!, 'blacklisted');
    });
  } finally {
    off();
    operator.close();
  }
});

test.run();

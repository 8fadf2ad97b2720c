import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FormReceipt, KIOSK_KEY_HEADER, type CardRead } from '../../contract/index.ts';
import { eventually, startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { KioskKeys } from '../cards/kiosk-keys.ts';

const ID = '11010519491231002X';
const NOW = new Date('2026-11-26T02:00:00Z');
/** 失业登记 as a visitor answers it (content/flows/unemployment-registration.json). */
const answers = {
  name: '王芳', idNumber: ID, phone: '13900001234', workedBefore: true, lastEmployer: '宏达电子厂', leftDate: '2026-10-31', leftReason: 'dismissed',
  wantsWork: true, wantedWork: '电工', wantsTraining: true,
};
const submit = (hub: TestHub, body: object, headers: Record<string, string> = {}) =>
  hub.app.inject({ method: 'POST', url: '/api/forms/unemployment-registration/submissions', headers, payload: { serviceId: '7.1.2', version: 1, ...body } });
const count = (hub: TestHub, table: string) => (hub.app.hub.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Every byte of the hall's database as it lies on disk, the write-ahead log included. */
function databaseBytes(hub: TestHub): string {
  const file = path.join(hub.dataDir, 'jobhall.sqlite');
  return [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f).toString('latin1')).join('');
}
const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

test('a submission gets a reference and check code, prints a slip with its status QR, and seals personal answers at rest', async () => {
  const hub = await startTestHub({ now: () => NOW });
  try {
    const res = await submit(hub, { answers, kioskId: 'kiosk-1' });
    assert.is(res.statusCode, 201, res.body);
    const r = FormReceipt.parse(res.json());
    assert.match(r.refNo, /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    assert.match(r.checkCode, /^\d{6}$/);
    assert.is(r.statusUrl, `http://hall.test/status/${r.refNo}#${r.checkCode}`);
    assert.equal(r.window, { queueId: 'registration', prefix: 'F', name: { zh: '就业失业登记', en: 'Employment and unemployment registration' }, windows: [9, 10], ticketService: '7.1.2' });
    assert.ok(r.print);

    const slip = (hub.app.hub.db.prepare('SELECT document FROM print_jobs WHERE id = ?').get(r.print!.jobId) as { document: string }).document;
    for (const shown of [r.refNo, r.checkCode, r.statusUrl, '9、10 号窗口', '身份证原件']) assert.ok(slip.includes(shown), `the slip shows ${shown}`);
    for (const secret of [ID, '王芳', '13900001234']) assert.not.ok(slip.includes(secret), `the slip hides ${secret}`);

    // The stored row names the exact definition answered, and the file on disk shows no personal answer.
    const row = hub.app.hub.db.prepare('SELECT flow_id, flow_version, answers FROM form_submissions').get() as { flow_id: string; flow_version: number; answers: string };
    assert.equal([row.flow_id, row.flow_version], ['unemployment-registration', 1]);
    assert.ok(hub.app.flows.version('unemployment-registration', 1));
    hub.app.hub.db.pragma('wal_checkpoint(TRUNCATE)');
    const disk = databaseBytes(hub);
    assert.ok(disk.includes(utf8('宏达电子厂')), 'a non-personal answer is readable (the search works)');
    for (const secret of [ID, '王芳', '13900001234']) assert.not.ok(disk.includes(utf8(secret)), `${secret} is sealed on disk`);
  } finally {
    await hub.close();
  }
});

test('bad answers get a 422 naming each field, with words for the kiosk, and nothing is written', async () => {
  const hub = await startTestHub({ now: () => NOW });
  try {
    const before = [count(hub, 'form_submissions'), count(hub, 'form_events'), count(hub, 'print_jobs')];
    const res = await submit(hub, { answers: { ...answers, idNumber: '110105194912310021', leftDate: '2026-12-01', wantsWork: undefined }, kioskId: 'kiosk-1' });
    assert.is(res.statusCode, 422);
    const body = res.json();
    assert.equal(body.issues.map((i: { path: string }) => i.path), ['body.answers.idNumber', 'body.answers.leftDate', 'body.answers.wantsWork']);
    assert.is(body.details.fields[0].text.zh, '身份证号码有一位不对，请逐位核对');
    assert.ok(body.text.zh && body.text.en);
    assert.equal([count(hub, 'form_submissions'), count(hub, 'form_events'), count(hub, 'print_jobs')], before);

    const cases: Array<[object, number, string]> = [
      [{ answers, serviceId: '7.1.1' }, 422, 'body.serviceId'],
      [{ answers, version: 9 }, 422, 'body.version'],
      [{ answers, kioskId: 'kiosk-9' }, 422, 'body.kioskId'],
      [{ answers: { ...answers, shoeSize: 42 } }, 422, 'body.answers.shoeSize'],
      [{ answers, sms: '12345' }, 400, 'body.sms'],
    ];
    for (const [payload, status, field] of cases) {
      const r = await submit(hub, payload);
      assert.is(r.statusCode, status, `${field}: ${r.body}`);
      assert.ok(r.json().issues.some((i: { path: string }) => i.path === field), `${field} named in ${r.body}`);
    }
    const none = await hub.app.inject({ method: 'POST', url: '/api/forms/no-such-form/submissions', payload: { serviceId: '7.1.2', version: 1, answers } });
    assert.is(none.statusCode, 404);
    assert.equal([count(hub, 'form_submissions'), count(hub, 'form_events'), count(hub, 'print_jobs')], before);
  } finally {
    await hub.close();
  }
});

test('the ID number and name can come from the card on the kiosk\'s reader; a refusal keeps the read', async () => {
  const hub = await startTestHub({ now: () => NOW });
  try {
    const key = KioskKeys.load(hub.dataDir, ['kiosk-1']).key('kiosk-1')!;
    const readId = crypto.randomUUID();
    await hub.app.hub.bus.publish('cardRead', { deviceId: 'cardreader-1' }, { readId, card: 'id-card', idNumber: ID, name: '王芳', at: NOW.toISOString() } satisfies CardRead);
    const got = await eventually(async () => {
      const r = (await hub.app.inject({ method: 'POST', url: '/api/kiosks/kiosk-1/card/await?waitMs=0&purpose=form', headers: { [KIOSK_KEY_HEADER]: key } })).json();
      return r.result === 'none' ? undefined : r;
    }, 3000, 'the read');
    assert.equal(got, { result: 'read', readId, nameMasked: '王*', idMasked: '1101**********002X' });

    const { name: _n, idNumber: _i, ...typed } = answers;
    const headers = { [KIOSK_KEY_HEADER]: key };
    assert.is((await submit(hub, { answers: typed, kioskId: 'kiosk-1', card: { readId } })).statusCode, 401, 'the kiosk key is needed');
    const refused = await submit(hub, { answers: { ...typed, phone: '139' }, kioskId: 'kiosk-1', card: { readId } }, headers);
    assert.is(refused.statusCode, 422);
    const ok = await submit(hub, { answers: typed, kioskId: 'kiosk-1', card: { readId } }, headers);
    assert.is(ok.statusCode, 201, ok.body);
    const staff = await hub.login();
    const detail = (await hub.app.inject({ url: `/api/forms/submissions/${ok.json().id}`, headers: staff })).json();
    const lines = Object.fromEntries(detail.answers.map((l: { field: string; value: { zh: string } }) => [l.field, l.value.zh]));
    assert.is(lines.idNumber, '1101**********002X');
    assert.is(lines.name, '王*');
    assert.is((await submit(hub, { answers: typed, kioskId: 'kiosk-1', card: { readId } }, headers)).statusCode, 410, 'a read is used once');
  } finally {
    await hub.close();
  }
});

test.run();

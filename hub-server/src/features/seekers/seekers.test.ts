import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { VISITOR_TOKEN_HEADER, checkCharacter } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;

const idNumber = (first17: string) => first17 + checkCharacter(first17);
const ID = idNumber('31010419880315123');
const register = (patch: object = {}) => hub.app.inject({
  method: 'POST', url: '/api/seekers',
  payload: {
    idNumber: ID, name: '张伟', phone: '13912345678', district: 'jiading', wantedOccupations: ['4-02-06-04', '4-02-06-01'],
    skills: ['叉车驾驶'], certificates: ['forklift'], payMin: 6000, shifts: ['day', 'two-shift'], avoidShifts: ['night'],
    education: 'senior', experienceYears: 3, consentToRecommend: true, ...patch,
  },
});

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => hub.close());

test('registration answers the masked profile and a token; the ID number is never sent back', async () => {
  const res = await register();
  assert.is(res.statusCode, 201, res.body);
  const body = res.json();
  assert.is(body.seeker.idMasked, `${ID.slice(0, 4)}**********${ID.slice(-4)}`);
  assert.is(body.seeker.nameMasked, '张*');
  assert.is(body.seeker.phoneMasked, '139****5678');
  assert.not.ok(res.body.includes(ID.slice(4, 14)));
  assert.not.ok(res.body.includes('张伟'));
  assert.ok(body.token.length > 20);

  const me = await hub.app.inject({ method: 'GET', url: '/api/seekers/me', headers: { [VISITOR_TOKEN_HEADER]: body.token } });
  assert.is(me.statusCode, 200);
  assert.is(me.json().id, body.seeker.id);
});

test('the database and its log hold the ID number, name and phone only sealed', async () => {
  hub.app.hub.db.pragma('wal_checkpoint(TRUNCATE)');
  const files = fs.readdirSync(hub.dataDir).filter((f) => f.startsWith('jobhall.sqlite'));
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(hub.dataDir, f));
    for (const secret of [ID, '13912345678', '张伟']) assert.is(bytes.indexOf(Buffer.from(secret)), -1, `${secret} in ${f}`);
  }
});

test('an ID number with a wrong check character is a 422 naming the field, without echoing the number', async () => {
  const wrong = ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1');
  const res = await register({ idNumber: wrong });
  assert.is(res.statusCode, 422);
  assert.is(res.json().issues[0].path, 'body.idNumber');
  assert.not.ok(res.body.includes(wrong));
});

test('a second registration with the same ID number is refused', async () => {
  const res = await register();
  assert.is(res.statusCode, 409);
  assert.is(res.json().code, 'SEEKER_EXISTS');
});

test('sign-in needs the ID number and the right phone digits', async () => {
  const ok = await hub.app.inject({ method: 'POST', url: '/api/seekers/sign-in', payload: { idNumber: ID.toLowerCase(), phoneLast4: '5678' } });
  assert.is(ok.statusCode, 200, ok.body);
  const bad = await hub.app.inject({ method: 'POST', url: '/api/seekers/sign-in', payload: { idNumber: ID, phoneLast4: '0000' } });
  assert.is(bad.statusCode, 401);
  const out = await hub.app.inject({ method: 'POST', url: '/api/seekers/sign-out', headers: { [VISITOR_TOKEN_HEADER]: ok.json().token } });
  assert.is(out.statusCode, 204);
  const me = await hub.app.inject({ method: 'GET', url: '/api/seekers/me', headers: { [VISITOR_TOKEN_HEADER]: ok.json().token } });
  assert.is(me.statusCode, 401);
});

test('unknown codes and protected attributes are refused by field', async () => {
  const other = idNumber('11010519491231001');
  assert.is((await register({ idNumber: other, wantedOccupations: ['9-99-99-99'] })).json().issues[0].path, 'body.wantedOccupations.0');
  const gender = await register({ idNumber: other, gender: 'male' });
  assert.is(gender.statusCode, 400);
  assert.ok(gender.json().issues.some((i: { path: string }) => i.path === 'body.gender'));
});

test('the seeker edits the profile and consent; staff assign a counsellor', async () => {
  const { seeker, token } = (await register({ idNumber: idNumber('44030519950607442'), name: '李娜', phone: '13600001111' })).json();
  const upd = await hub.app.inject({ method: 'PATCH', url: '/api/seekers/me', headers: { [VISITOR_TOKEN_HEADER]: token }, payload: { payMin: 7000, consentToRecommend: false } });
  assert.is(upd.json().payMin, 7000);
  assert.is(upd.json().consentToRecommend, false);
  const c = await hub.app.inject({ method: 'PATCH', url: `/api/seekers/${seeker.id}/case`, headers: staff, payload: { assistance: true, counsellor: 'admin' } });
  assert.is(c.statusCode, 200, c.body);
  const list = await hub.app.inject({ method: 'GET', url: '/api/seekers?counsellor=admin', headers: staff });
  assert.equal(list.json().items.map((s: { id: string }) => s.id), [seeker.id]);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/seekers' })).statusCode, 401);
});

test('a registration made at a kiosk prints its pre-filled slip there, with its reference; a wrong kiosk writes nothing', async () => {
  const first17 = '31010419880315456';
  const body = {
    idNumber: first17 + checkCharacter(first17), name: '刘洋', phone: '13912340000', district: 'minhang', workDistricts: ['minhang', 'xuhui'],
    wantedOccupations: ['4-09-07-01'], consentToRecommend: true,
  };
  const wrong = await hub.app.inject({ method: 'POST', url: '/api/seekers?kioskId=kiosk-99', payload: body });
  assert.is(wrong.statusCode, 422);
  assert.is(wrong.json().issues[0].path, 'query.kioskId');
  const ok = await hub.app.inject({ method: 'POST', url: '/api/seekers?kioskId=kiosk-1', payload: body });
  assert.is(ok.statusCode, 201, ok.body);
  const { seeker, slip } = ok.json();
  assert.match(seeker.refNo, /^QZ\d{8}-\d{4}$/);
  assert.equal(seeker.workDistricts, ['minhang', 'xuhui']);
  assert.ok(slip && hub.app.printing.get(slip.jobId), 'the slip is on its way to the kiosk printer');
  const plain = await register({ idNumber: idNumber('31010419880315789') });
  assert.is(plain.json().slip, null, 'no kiosk, no slip');
});

test.run();

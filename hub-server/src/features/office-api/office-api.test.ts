import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CreatedOfficeKey, OfficeFairs, OfficeKey, OfficeNotices, OfficeVacancies } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { hashKey } from './keys.ts';

let hub: TestHub;
let staff: Record<string, string>;
const clock = new Date('2031-03-03T02:00:00Z');

test.before(async () => {
  hub = await startTestHub({ now: () => clock });
  staff = await hub.login();
});
test.after(async () => hub.close());

const makeKey = async (office: string, perMinute?: number) => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/publishing/office-keys', headers: staff, payload: { office, ...(perMinute && { perMinute }) } });
  assert.is(res.statusCode, 201, res.body);
  return CreatedOfficeKey.parse(res.json());
};
const read = (path: string, key?: string, how: 'bearer' | 'header' = 'bearer') =>
  hub.app.inject({ method: 'GET', url: path, headers: key ? (how === 'bearer' ? { authorization: `Bearer ${key}` } : { 'x-office-key': key }) : {} });

test('an office reads vacancies, notices and fairs with its key; vacancies carry no contact person or phone', async () => {
  const { key } = await makeKey('浦东新区陆家嘴街道社区就业服务站');
  const jobs = OfficeVacancies.parse((await read('/api/office/v1/vacancies?district=pudong&limit=100', key)).json());
  assert.ok(jobs.total > 0 && jobs.items.every((j) => j.district === 'pudong'));
  const raw = (await read('/api/office/v1/vacancies?limit=200', key)).body;
  assert.not.match(raw, 'contactPhone');
  assert.not.match(raw, 'contactName');
  OfficeNotices.parse((await read('/api/office/v1/notices', key, 'header')).json());
  assert.ok(OfficeFairs.parse((await read('/api/office/v1/fairs', key)).json()).items.length > 0);
});

test('the key is stored only as its hash; the list shows a prefix, who made it and when it was last used', async () => {
  const made = await makeKey('徐汇区社区服务点');
  const row = hub.app.hub.db.prepare('SELECT * FROM office_keys WHERE id = ?').get(made.office.id) as Record<string, unknown>;
  assert.is(row.key_hash, hashKey(made.key));
  assert.not.ok(Object.values(row).some((v) => typeof v === 'string' && v.includes(made.key)), 'the key itself is in no column');
  assert.is(made.office.prefix, made.key.slice(0, 12));
  await read('/api/office/v1/notices', made.key);
  const list = (await hub.app.inject({ method: 'GET', url: '/api/publishing/office-keys', headers: staff })).json() as OfficeKey[];
  const listed = list.find((k) => k.id === made.office.id)!;
  assert.is(listed.createdBy, 'admin');
  assert.is(listed.lastUsedAt, clock.toISOString());
  assert.not.match(JSON.stringify(list), made.key);
});

test('no key, an unknown key and a revoked key are refused, naming the header', async () => {
  const none = await read('/api/office/v1/vacancies');
  assert.is(none.statusCode, 401);
  assert.match(none.json().message, 'headers.authorization');
  const unknown = await read('/api/office/v1/vacancies', 'jho_not-a-key');
  assert.is(unknown.statusCode, 401);
  assert.is(unknown.json().code, 'OFFICE_KEY_UNKNOWN');
  const { key, office } = await makeKey('宝山区服务站');
  assert.is((await read('/api/office/v1/notices', key)).statusCode, 200);
  const revoked = await hub.app.inject({ method: 'POST', url: `/api/publishing/office-keys/${office.id}/revoke`, headers: staff });
  assert.is(OfficeKey.parse(revoked.json()).revokedAt, clock.toISOString());
  const after = await read('/api/office/v1/notices', key);
  assert.is(after.statusCode, 403);
  assert.is(after.json().code, 'OFFICE_KEY_REVOKED');
});

test('each key has its own requests-per-minute limit: a 429 with Retry-After, then room again a minute on', async () => {
  const a = await makeKey('嘉定区服务站', 3);
  const b = await makeKey('青浦区服务站', 3);
  for (let i = 0; i < 3; i++) assert.is((await read('/api/office/v1/notices', a.key)).statusCode, 200);
  const limited = await read('/api/office/v1/notices', a.key);
  assert.is(limited.statusCode, 429);
  assert.is(limited.headers['retry-after'], '60');
  assert.is((await read('/api/office/v1/notices', b.key)).statusCode, 200, 'another office is not held back');
  clock.setTime(clock.getTime() + 60_000);
  assert.is((await read('/api/office/v1/notices', a.key)).statusCode, 200);
});

test('keys are made and revoked by staff only, with the office named', async () => {
  const anon = await hub.app.inject({ method: 'POST', url: '/api/publishing/office-keys', payload: { office: '某街道' } });
  assert.is(anon.statusCode, 401);
  const bad = await hub.app.inject({ method: 'POST', url: '/api/publishing/office-keys', headers: staff, payload: { office: 'x' } });
  assert.is(bad.statusCode, 400);
  assert.match(bad.json().message, 'body.office');
  const missing = await hub.app.inject({ method: 'POST', url: '/api/publishing/office-keys/00000000-0000-4000-8000-000000000000/revoke', headers: staff });
  assert.is(missing.statusCode, 404);
});

test.run();

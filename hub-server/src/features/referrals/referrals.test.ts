import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VISITOR_TOKEN_HEADER, type PrintDocument, checkCharacter } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;
let clock = new Date('2026-11-26T02:00:00Z');
const first17 = '31010619850707221';
const ID = first17 + checkCharacter(first17);
let seeker: { token: string; seeker: { id: string } };

const as = (token: string) => ({ [VISITOR_TOKEN_HEADER]: token });

test.before(async () => {
  hub = await startTestHub({ now: () => clock });
  staff = await hub.login();
  const res = await hub.app.inject({
    method: 'POST', url: '/api/seekers',
    payload: {
      idNumber: ID, name: '陈静', phone: '13700002222', district: 'putuo', wantedOccupations: ['4-10-01-05'], skills: ['生活照料'],
      payMin: 5000, education: 'junior', consentToRecommend: true,
    },
  });
  seeker = res.json();
});
test.after(async () => hub.close());

async function topVacancies(n: number): Promise<number[]> {
  const m = await hub.app.inject({ method: 'GET', url: '/api/seekers/me/matches', headers: as(seeker.token) });
  return m.json().items.slice(0, n).map((i: { job: { id: number } }) => i.job.id);
}

test('referring prints one slip per vacancy on the kiosk printer, with the reference, the employer and a QR', async () => {
  const ids = await topVacancies(2);
  const res = await hub.app.inject({ method: 'POST', url: '/api/referrals', headers: as(seeker.token), payload: { vacancyIds: ids, kioskId: 'kiosk-1' } });
  assert.is(res.statusCode, 201, res.body);
  const { items } = res.json();
  assert.is(items.length, 2);
  assert.match(items[0].refNo, /^TJ20261126-000[12]$/);
  assert.is.not(items[0].refNo, items[1].refNo);
  assert.ok(items[0].score > 0);
  for (const r of items) {
    assert.ok(r.print, 'a print job was queued');
    const row = hub.app.hub.db.prepare('SELECT document FROM print_jobs WHERE id = ?').get(r.print.jobId) as { document: string };
    const doc = JSON.parse(row.document) as PrintDocument;
    const text = doc.blocks.map((b) => (b.type === 'text' ? b.text : b.type === 'qr' ? `QR:${b.data}` : '')).join('\n');
    assert.ok(text.includes(r.refNo));
    assert.ok(text.includes(r.vacancy.employerName));
    assert.ok(text.includes(`QR:http://hall.test/jobs/${r.vacancy.id}`));
    assert.ok(text.includes('陈*'));
    assert.not.ok(text.includes(ID) || text.includes('陈静'), 'no full ID number or name on paper');
  }
});

test('the same vacancy cannot be referred twice while the first is open', async () => {
  const [id] = await topVacancies(1);
  const again = await hub.app.inject({ method: 'POST', url: '/api/referrals', headers: as(seeker.token), payload: { vacancyIds: [id] } });
  assert.is(again.statusCode, 409);
  assert.ok(again.json().text.zh.includes('已经被推荐'));
});

test('an unpublished vacancy is refused by field, and nothing is written', async () => {
  const before = (hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM referrals').get() as { n: number }).n;
  const [id] = await topVacancies(1);
  const res = await hub.app.inject({ method: 'POST', url: '/api/referrals', headers: as(seeker.token), payload: { vacancyIds: [999999, id] } });
  assert.is(res.statusCode, 422);
  assert.is(res.json().issues[0].path, 'body.vacancyIds.0');
  assert.is((hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM referrals').get() as { n: number }).n, before);
});

test('follow-up: interviewed, then hired; an outcome is final; the seeker sees it', async () => {
  const list = await hub.app.inject({ method: 'GET', url: '/api/seekers/me/referrals', headers: as(seeker.token) });
  const id = list.json().items[0].id as string;
  const step = (outcome: string) => hub.app.inject({ method: 'POST', url: `/api/referrals/${id}/outcome`, headers: staff, payload: { outcome } });
  assert.is((await step('interviewed')).json().status, 'interviewed');
  const hired = await step('hired');
  assert.is(hired.json().status, 'hired');
  assert.ok(hired.json().outcomeAt);
  assert.equal(hired.json().history.map((h: { to: string }) => h.to), ['referred', 'interviewed', 'hired']);
  assert.is((await step('rejected')).statusCode, 409);
  const mine = await hub.app.inject({ method: 'GET', url: `/api/referrals/${id}`, headers: as(seeker.token) });
  assert.is(mine.json().status, 'hired');
});

test('open referrals with no news for a week are due a reminder; a counsellor sees their clients', async () => {
  clock = new Date(clock.getTime() + 8 * 86_400_000);
  staff = await hub.login(); // the morning's session has expired by then
  const due = await hub.app.inject({ method: 'GET', url: '/api/referrals?due=true', headers: staff });
  assert.is(due.json().total, 1);
  assert.ok(due.json().items[0].reminderDue);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/referrals?counsellor=me', headers: staff })).json().total, 0);
  await hub.app.inject({ method: 'PATCH', url: `/api/seekers/${seeker.seeker.id}/case`, headers: staff, payload: { assistance: true, counsellor: 'admin' } });
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/referrals?counsellor=me', headers: staff })).json().total, 1);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/referrals' })).statusCode, 401);
});

test.run();

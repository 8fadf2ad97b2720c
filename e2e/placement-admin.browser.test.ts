/**
 * The staff side of job placement in Chromium, on the real built pages: a vacancy registered through the API
 * with wording that needs review waits in the admin queue with its finding, is approved there, and is then
 * found by search and shown on the lobby job board without a reload; wording that blocks is never published;
 * a CSV import reports its bad rows; a referral is followed up to an outcome; the placement desk opens an
 * employer account, schedules a fair whose booth map reaches the screens at once, and moves a complaint on.
 *
 * The admin tabs are mounted by admin-app as #tab-review, #tab-import, #tab-referrals, #tab-seekers and
 * #tab-desk-placement.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ElementHandle, Page } from 'puppeteer-core';
import { ComplaintPublicStatus, ComplaintReceipt, Employer, JobSearchResult, Referral, ReferralList, SeekerRegistered, Vacancy, VacancyCreated } from '@jobhall/hub-server/contract';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { boothMapZone, jobBoardZone, regionText } from './signage-fixtures.ts';
import { click, find, launchBrowser, textOf, waitForText, watchErrors, signInAdmin } from './browser.ts';
import { serviceDay } from '../hub-server/src/infra/clock.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let admin: Page;
let board: Page;
let booths: Page;
let staff: Record<string, string>;
const errors: string[] = [];

const ID = '11010519491231002X'; // the GB 11643 sample number, valid checksum
const CREDIT_CODE = '91310115MA1K4F3X0D'; // GB 32100 check character computed for this test

async function open(p: string): Promise<Page> {
  const page = await chrome.browser.newPage();
  watchErrors(page, errors);
  await page.goto(`${hall.hub.baseUrl}${p}`, { waitUntil: 'networkidle0' });
  return page;
}

async function call(method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${hall.hub.baseUrl}${p}`, {
    method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

/** All text under an element, through every shadow root below it (a loop: tsx would wrap a named helper). */
const deepText = (el: ElementHandle) =>
  el.evaluate((root) => {
    const out: string[] = [];
    const stack: Node[] = [root];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
      if (n instanceof Element && n.shadowRoot) stack.push(n.shadowRoot);
      stack.push(...Array.from(n.childNodes));
    }
    return out.join(' ');
  });

/** A vacancy body as a kiosk or a script sends it; the description decides the findings. */
const vacancy = (title: string, description: string) => ({
  title, employerName: '上海翡翠湾物业管理有限公司', description, district: 'pudong', payMin: 5000, payMax: 6500,
  headcount: 3, contactPhone: '021-62345678', meals: true, lodging: true, shifts: ['two-shift'],
});

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  staff = await hall.hub.login();
  // The lobby's job board is open before anything is approved: what it shows later arrives without a reload.
  await jobBoardZone(hall.hub, staff, 'pa-jobs');
  await boothMapZone(hall.hub, staff, 'pa-booths');
  board = await open('/signage/?zone=pa-jobs');
  booths = await open('/signage/?zone=pa-booths');
  admin = await open('/admin/');
  await signInAdmin(admin, hall.hub.config.admin);
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

let approvedId = 0;

test('a vacancy with review wording waits in the queue with its finding, is approved in admin, then is searchable and on the job board', async () => {
  const created = await call('POST', '/api/vacancies', vacancy('翡翠湾小区保安', '负责小区门岗值守和夜间巡逻，身高170cm以上，两班倒，入职即缴纳五险。'));
  assert.is(created.status, 201, JSON.stringify(created.json));
  const { id, findings } = VacancyCreated.parse(created.json);
  approvedId = id;
  assert.ok(findings.some((f) => f.rule === 'APPEARANCE' && f.severity === 'review'), 'the height limit needs review');

  await click(admin, '#tab-review');
  const card = await find(admin, `admin-vacancy-card[data-vacancy="${id}"]`, 8000);
  const text = await deepText(card);
  assert.match(text, '翡翠湾小区保安');
  assert.match(text, 'APPEARANCE');
  assert.match(text, '身高170cm以上');

  // Letting a review finding through needs a reason code: the hub says so, and the page shows it.
  await click(admin, `#approve-${id}`);
  await waitForText(admin, `#message-${id}`, (t) => t.includes('reviewReason'));
  await (await find(admin, `#review-reason-${id}`)).select('JOB_REQUIREMENT');
  await click(admin, `#approve-${id}`);
  await waitForText(admin, '#review-message', (t) => t.includes('已发布') && t.includes('翡翠湾小区保安'));
  await eventually(async () => !(await admin.$(`pierce/admin-vacancy-card[data-vacancy="${id}"]`)), 5000, 'gone from the pending queue');

  const stored = Vacancy.parse((await call('GET', `/api/vacancies/${id}`, undefined, staff)).json);
  assert.is(stored.status, 'approved');
  assert.ok(stored.history.some((h) => h.action === 'approve' && h.note?.includes('JOB_REQUIREMENT')), 'the reason is in the history');

  const search = JobSearchResult.parse((await call('GET', `/api/jobs?q=${encodeURIComponent('翡翠湾')}`)).json);
  assert.ok(search.items.some((j) => j.id === id), 'found by GET /api/jobs?q=翡翠湾');

  // The hub pushes the board's feed on the approval; the board goes back to its first page for anything new.
  const row = await waitForText(board, `li[data-job="${id}"]`, (t) => t.includes('翡翠湾小区保安'), 3000);
  assert.match(row, '5000–6500 元/月');
  assert.match(row, '包吃');
  assert.match(row, '包住');
  assert.match(row, '浦东新区');
});

test('blocked wording: refused at registration, and a pending vacancy whose text now blocks cannot be approved until edited', async () => {
  const refused = await call('POST', '/api/vacancies', vacancy('翡翠湾保洁员', '负责楼道和公共区域保洁，入职需交押金200元，两班倒。'));
  assert.is(refused.status, 422);
  assert.ok(refused.json.details.findings.some((f: { rule: string; severity: string }) => f.rule === 'FEES_DEPOSIT' && f.severity === 'block'));

  const created = VacancyCreated.parse((await call('POST', '/api/vacancies', vacancy('翡翠湾保洁员', '负责楼道和公共区域保洁，两班倒，入职即缴纳五险。'))).json);
  const id = created.id;
  // As if the text had been changed behind the queue's back (or the rules had grown since it was submitted):
  // approval checks the stored text again, whatever the findings stored at submission say.
  hall.hub.app.hub.db.prepare('UPDATE vacancies SET description = ? WHERE id = ?').run('负责楼道和公共区域保洁，入职需交押金200元，两班倒。', id);

  await click(admin, '#review-reload');
  await find(admin, `admin-vacancy-card[data-vacancy="${id}"]`, 8000);
  await click(admin, `#approve-${id}`);
  await waitForText(admin, `#message-${id}`, (t) => t.includes('FEES_DEPOSIT'));
  // The page checks the text again and shows the blocking finding the hub refused on.
  await find(admin, `tr.finding[data-rule="FEES_DEPOSIT"]`);
  assert.is((await call('GET', `/api/jobs/${id}`)).status, 404, 'not published');

  // Edited in admin: the deposit taken out, the vacancy goes back to review and can then be approved.
  await click(admin, `#edit-${id}`);
  const desc = await find(admin, '#edit-description');
  await desc.evaluate((el) => ((el as HTMLTextAreaElement).value = ''));
  await desc.type('负责楼道和公共区域保洁，两班倒，不收取任何押金和费用。');
  await click(admin, '#edit-save');
  await waitForText(admin, '#review-message', (t) => t.includes('已修改'));
  await find(admin, `admin-vacancy-card[data-vacancy="${id}"]`, 8000);
  await click(admin, `#approve-${id}`);
  await waitForText(admin, '#review-message', (t) => t.includes('已发布') && t.includes('翡翠湾保洁员'));
  assert.is((await call('GET', `/api/jobs/${id}`)).status, 200);
});

test('an import of a small CSV shows its progress and the per-row errors with their findings', async () => {
  const csv = [
    '岗位名称,单位名称,岗位描述,区,最低月薪,最高月薪,招聘人数,联系电话,包吃,包住',
    '翡翠湾仓库理货员,上海翡翠湾物流有限公司,负责货物分拣、上架和盘点，两班倒。,浦东新区,5200,6800,4,021-62345679,是,否',
    '翡翠湾装卸工,上海翡翠湾物流有限公司,负责装卸货物，入职需交押金300元。,浦东新区,5000,6000,2,021-62345679,是,是',
    '翡翠湾叉车司机,上海翡翠湾物流有限公司,驾驶叉车搬运货物，持证上岗。,火星区,6000,8000,1,021-62345679,否,否',
  ].join('\n');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-import-')), '岗位.csv');
  fs.writeFileSync(file, csv);

  await click(admin, '#tab-import');
  const input = (await find(admin, '#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  await click(admin, '#import-publish');
  await click(admin, '#import-upload');
  const summary = await waitForText(admin, '#import-summary', (t) => t.includes('导入完成'), 10_000);
  assert.match(summary, '3 / 3');
  assert.match(summary, '新建 created 1');
  assert.match(summary, '已发布 published 1');
  assert.is(await (await find(admin, '#import-progress')).evaluate((p) => (p as HTMLProgressElement).value), 3);
  assert.match(await textOf(admin, 'tr.row-error[data-row="3"]'), 'findings');
  assert.match(await textOf(admin, 'tr.row-error[data-row="4"]'), '火星区');
  await find(admin, 'tr.finding[data-rule="FEES_DEPOSIT"]');
  assert.is(JobSearchResult.parse((await call('GET', `/api/jobs?q=${encodeURIComponent('翡翠湾仓库')}`)).json).total, 1, 'the clean row is published');
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test('a counsellor takes on a seeker, refers them from the seeker list, and records the referral’s outcome', async () => {
  const reg = await call('POST', '/api/seekers', {
    idNumber: ID, name: '李明', phone: '13912345678', district: 'pudong', wantedOccupations: ['4-07-05-01'], payMin: 4000, consentToRecommend: true,
  });
  assert.is(reg.status, 201, JSON.stringify(reg.json));
  const seeker = SeekerRegistered.parse(reg.json).seeker;

  await click(admin, '#tab-seekers');
  await find(admin, `tr[data-seeker="${seeker.id}"]`, 8000);
  await click(admin, `#assistance-${seeker.id}`);
  const counsellor = await find(admin, `#counsellor-${seeker.id}`);
  await counsellor.type(hall.hub.config.admin.username);
  await click(admin, `#case-${seeker.id}`);
  await waitForText(admin, '#seekers-message', (t) => t.includes('已保存'));
  const seekersText = await deepText(await find(admin, 'admin-seekers'));
  assert.not.match(seekersText, '李明', 'the name is masked');
  assert.not.match(seekersText, ID, 'the ID number is masked');
  assert.not.match(seekersText, '13912345678', 'the phone is masked');

  await click(admin, `#matches-${seeker.id}`);
  await click(admin, 'ol.matches input[type="checkbox"]', 8000);
  await click(admin, `#refer-${seeker.id}`);
  await waitForText(admin, '.referral-message', (t) => t.includes('推荐'));

  await click(admin, '#tab-referrals');
  await click(admin, '#referrals-mine');
  const mine = ReferralList.parse((await call('GET', '/api/referrals?status=open&counsellor=me', undefined, staff)).json);
  const ref = mine.items.find((r) => r.seeker.id === seeker.id)!;
  assert.ok(ref, 'the referral is among my clients’ referrals');
  await find(admin, `tr[data-referral="${ref.id}"]`, 5000);
  assert.not.match(await textOf(admin, `tr[data-referral="${ref.id}"]`), '李明');

  await (await find(admin, `#outcome-${ref.id}`)).select('interviewed');
  await click(admin, `#record-${ref.id}`);
  await waitForText(admin, '#referrals-message', (t) => t.includes(ref.refNo) && t.includes('已面试'));
  await (await find(admin, `#outcome-${ref.id}`)).select('hired');
  await (await find(admin, `#note-${ref.id}`)).type('12月1日入职');
  await click(admin, `#record-${ref.id}`);
  await waitForText(admin, '#referrals-message', (t) => t.includes('已录用'));
  const done = Referral.parse((await call('GET', `/api/referrals/${ref.id}`, undefined, staff)).json);
  assert.is(done.status, 'hired');
  assert.equal(done.history.map((h) => h.to), ['referred', 'interviewed', 'hired']);
  assert.is(done.history.at(-1)!.note, '12月1日入职');
});

test('the placement desk: an employer account with its one-time code, a fair today whose booth map reaches the job board, a complaint moved on', async () => {
  await click(admin, '#tab-desk-placement');
  await (await find(admin, '#employer-name')).type('上海翡翠湾物流有限公司');
  await (await find(admin, '#employer-credit-code')).type(CREDIT_CODE);
  await click(admin, '#employer-create');
  const code = await waitForText(admin, '#employer-code strong', (t) => /^\d{8}$/.test(t));
  const signIn = await call('POST', '/api/employers/sign-in', { creditCode: CREDIT_CODE, code });
  assert.is(signIn.status, 200, 'the code shown signs the employer in');
  const employer = Employer.parse(signIn.json.employer);

  await click(admin, '#desk-fairs');
  await (await find(admin, '#fair-title')).type('翡翠湾物流专场招聘会');
  const today = serviceDay(hall.hub.app.hub.now(), hall.hub.app.hub.catalogue.hall.timezone); // the hall's "today" (GET /api/fairs/today)
  const set = async (sel: string, value: string) => (await find(admin, sel)).evaluate((el, v) => ((el as HTMLInputElement).value = v), value);
  await set('#fair-day', today);
  await set('#fair-starts', '00:00');
  await set('#fair-ends', '23:59');
  await click(admin, '#fair-create');
  await waitForText(admin, '#fair-message', (t) => t.includes('已安排'));
  const pick = await find(admin, '#booth-employer');
  await eventually(async () => (await pick.evaluate((s) => (s as HTMLSelectElement).options.length)) > 1, 5000, 'employers listed');
  await pick.select(employer.id);
  await click(admin, '#book-booth');
  await waitForText(admin, '.booth[data-booth="1"]', (t) => t.includes('上海翡翠湾物流有限公司'));

  await waitForText(booths, '.when', (t) => t.includes('翡翠湾物流专场招聘会'), 3000);
  assert.match(await textOf(booths, '.booth[data-booth="1"]'), '上海翡翠湾物流有限公司');

  const receipt = await call('POST', '/api/complaints', {
    kind: 'wage-arrears', employerName: '上海某建筑劳务有限公司', description: '三个月工资没有发放，多次讨要未果。', workers: 5, amountOwed: 30000, phone: '13812345678',
  });
  assert.is(receipt.status, 201, JSON.stringify(receipt.json));
  const { refNo, checkCode } = ComplaintReceipt.parse(receipt.json);
  await click(admin, '#desk-complaints');
  const row = await waitForText(admin, 'tr[data-complaint]', (t) => t.includes(refNo));
  assert.not.match(row, '13812345678', 'the phone is masked');
  const id = await (await find(admin, 'tr[data-complaint]')).evaluate((r) => r.getAttribute('data-complaint')!);
  await (await find(admin, `#complaint-status-${id}`)).select('in-progress');
  await (await find(admin, `#complaint-note-${id}`)).type('已联系用人单位核实');
  await click(admin, `tr[data-complaint="${id}"] button`);
  await waitForText(admin, '#complaints-message', (t) => t.includes(refNo) && t.includes('处理中'));
  const status = ComplaintPublicStatus.parse((await call('POST', '/api/complaints/status', { refNo, checkCode })).json);
  assert.is(status.status, 'in-progress');
  assert.is(status.notes.at(-1)!.note, '已联系用人单位核实');
});

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })`)) as {
    violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
  };
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
}

test('no WCAG 2.2 AA violations on the placement tabs and the job board', async () => {
  for (const [tab, ready] of [
    ['#tab-review', '#review-list'], ['#tab-import', '#import-upload'], ['#tab-referrals', '#referrals'], ['#tab-seekers', '#seekers'],
    ['#tab-desk-placement', '#employers'],
  ] as const) {
    await click(admin, tab);
    await find(admin, ready);
    assert.equal(await violations(admin), [], tab);
  }
  for (const part of ['#desk-fairs', '#desk-complaints']) {
    await click(admin, part);
    assert.equal(await violations(admin), [], part);
  }
  assert.equal(await violations(board), [], 'job board');
});

test('the lobby screen plays its side playlist beside the call panel', async () => {
  const screen = await open('/signage/');
  await find(screen, 'signage-now-calling');
  await eventually(async () => (await regionText(screen, 'side')).length > 10, 8000, 'a slide in the side region');
  assert.equal(await violations(screen), [], 'call screen with its side playlist');
  assert.equal(errors, [], errors.join('\n'));
});

test.run();

/**
 * Script payloads typed into every field whose text is shown again — a notice, a vacancy, an employer account,
 * a fair, a complaint, a referral note, a staff member's name, a login name that lands in the audit — then
 * every page that shows them opened in Chromium: the kiosk, the phone job page, the lobby screens, the admin
 * tabs. Each page must show the payload as text, open no dialog, throw no error, and hold no element or
 * attribute the payload tried to create. The printouts (referral slip, complaint receipt) are decoded from
 * their ESC/POS bytes; the JSON answers carry the payload as plain strings.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { find, launchBrowser, waitForText, watchErrors, signInAdmin } from './browser.ts';
import { entry, jobBoardZone, playlist, publishItem } from './signage-fixtures.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let staff: Record<string, string>;
const errors: string[] = [];
const dialogs: string[] = [];

/** Short enough for a 40-character title; each calls alert() and marks the window if it ever runs. */
const SHORT = {
  img: '<img src=x onerror=alert(1)>',
  svg: '<svg/onload=alert(2)>',
  script: '"><script>alert(3)</script>',
  iframe: '<iframe srcdoc=<script>alert(4)>',
};
const LONG = [
  '<script>window.__pwned=5;alert(5)</script>', '<img src=x id=pwn6 onerror="window.__pwned=6;alert(6)">',
  '<a id=pwn7 href="javascript:alert(7)">点我 click</a>', '<b id=pwn8 onmouseover=alert(8)>x</b>',
  '{{constructor.constructor(\'alert(9)\')()}}', '${alert(10)}', '<!--?lit$123$--><p id=pwn11>', '</textarea><script>alert(12)</script>',
].join(' ');

let vacancyId = 0;
let referralSlip = '';
let complaintReceipt = '';

async function api(method: string, url: string, payload?: object, headers = staff) {
  const res = await hall.hub.app.inject({ method: method as 'POST', url, headers, ...(payload ? { payload } : {}) });
  assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Everything a page shows and holds, through every shadow root: its text, and what an injection would leave. */
async function inspect(page: Page): Promise<{ text: string; planted: string[]; pwned: unknown }> {
  return page.evaluate(() => {
    const planted: string[] = [];
    const texts: string[] = [];
    const stack: Node[] = [document.documentElement];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeType === Node.TEXT_NODE) texts.push(n.textContent ?? '');
      if (n instanceof Element) {
        const tag = n.tagName.toLowerCase();
        // getAttribute: a form's .id can be one of its inputs.
        const id = n.getAttribute('id') ?? '';
        const what = `<${tag}${id ? `#${id}` : ''}>`;
        for (const a of Array.from(n.attributes)) {
          if (a.name.startsWith('on')) planted.push(`${what} ${a.name}`);
          if (/^\s*javascript:/i.test(a.value)) planted.push(`${what} ${a.name}=${a.value}`);
        }
        if (id.startsWith('pwn')) planted.push(what);
        if (['iframe', 'object', 'embed', 'frame'].includes(tag)) planted.push(what);
        if (tag === 'img' && /(^|\/)x$/.test(n.getAttribute('src') ?? '')) planted.push(`${what} src=x`);
        if (tag === 'script' && !(n as HTMLScriptElement).src) planted.push('inline <script>');
        if (n.shadowRoot) stack.push(n.shadowRoot);
      }
      stack.push(...Array.from(n.childNodes));
    }
    return { text: texts.join(' '), planted, pwned: (window as unknown as { __pwned?: unknown }).__pwned };
  });
}

async function open(url: string, admin = false): Promise<Page> {
  const page = admin ? await chrome.browser.newPage() : await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  page.on('dialog', (d) => {
    dialogs.push(`${url}: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${hall.hub.baseUrl}${url}`, { waitUntil: 'networkidle0' });
  return page;
}

/** Waits until the page shows every payload as text, then checks nothing of them became markup or ran. */
async function shownSafely(page: Page, what: string, shows: string[], timeout = 10_000): Promise<void> {
  const seen = await eventually(async () => {
    const r = await inspect(page);
    // Planted markup ends the wait at once: the assertion below then names it.
    return r.planted.length || r.pwned !== undefined || shows.every((s) => r.text.includes(s)) ? r : undefined;
  }, timeout, `${what} showing ${shows.join(' | ')}`).catch(async (e: Error) => {
    const r = await inspect(page);
    throw new Error(`${e.message}; the page shows: ${r.text.replace(/\s+/g, ' ').slice(0, 600)}`);
  });
  // Hover and focus everything once, in case a handler waits for a pointer.
  await page.evaluate(() => document.querySelectorAll('*').forEach((el) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
  assert.equal(seen.planted, [], `${what}: injected markup`);
  assert.is(seen.pwned, undefined, `${what}: a payload ran`);
  assert.equal(dialogs, [], `${what}: a dialog opened`);
}

// uvu reports a failing before-hook without its error: print it.
test.before(async () => {
  try {
    await setUp();
  } catch (err) {
    console.error(err);
    throw err;
  }
});

/** Every payload typed in where the hall's people would type it, and the printouts it causes. */
async function setUp() {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  staff = await hall.hub.login();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: hall.hub.app.hub.catalogue.hall.timezone }).format(hall.hub.app.hub.now());

  // A vacancy typed at the kiosk, approved by staff: the kiosk, the phone page, the job board and admin show it.
  const v = await api('POST', '/api/vacancies', {
    title: SHORT.img, employerName: SHORT.script, description: `负责仓库货物清点与上架，两班倒，入职即缴纳五险。${LONG}`, district: 'pudong',
    payMin: 5000, payMax: 6500, headcount: 2, contactPhone: '021-62345678', address: SHORT.svg, shifts: ['two-shift'], meals: true,
  }, {});
  vacancyId = v.id;
  await api('POST', `/api/vacancies/${vacancyId}/approve`, { reviewReason: 'JOB_REQUIREMENT' });
  // A notice, an employer account with a booth at today's fair, a staff member with a payload for a name.
  await api('POST', '/api/notices', { title: { zh: SHORT.iframe, en: SHORT.svg }, body: { zh: LONG, en: LONG } });
  // The same payloads as a lobby-screen notice (rich text, sanitised on save) and on a live job board.
  await api('PUT', '/api/signage/zones/xss-notice', { name: { zh: '注入测试', en: 'Injection test' }, layoutId: 'jobs-wall' });
  await publishItem(hall.hub, staff, 'playlist', 'xss-notice', playlist('xss-notice', [{
    id: 'n', type: 'notice', durationS: 600, until: null, tone: 'info', title: { zh: SHORT.iframe, en: SHORT.svg }, body: { zh: LONG, en: LONG },
  }]));
  await publishItem(hall.hub, staff, 'schedule', 'xss-notice', entry('xss-notice', {
    target: { zones: ['xss-notice'], groups: [], screens: [] }, regions: [{ region: 'main', playlistId: 'xss-notice' }], layoutId: 'jobs-wall',
  }));
  await jobBoardZone(hall.hub, staff, 'xss-jobs');
  const employer = await api('POST', '/api/employers', { name: SHORT.svg, creditCode: '91310115MA1K4F3X0D', district: 'pudong' });
  const fair = await api('POST', '/api/fairs', { title: SHORT.script, theme: 'general', day: today, starts: '00:00', ends: '23:59', venue: SHORT.img, booths: 4, description: LONG });
  await api('POST', `/api/fairs/${fair.id}/booths`, { employerId: employer.employer.id, boothNo: 1 });
  await api('POST', '/api/staff/users', { username: 'xss.name', password: 'xss-name-password', roles: ['auditor'], displayName: SHORT.img });
  // A login name that is only ever written to the audit log.
  await hall.hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: SHORT.svg, password: 'wrong' } });
  // A complaint filed at a kiosk (its receipt prints the employer's name) and a referral with a payload note.
  const printedBefore = hall.paper.emulator.printed.length;
  await api('POST', '/api/complaints', { kind: 'wage-arrears', employerName: SHORT.script, description: LONG, anonymous: true, kioskId: 'kiosk-1' }, {});
  const seeker = await api('POST', '/api/seekers', {
    idNumber: '11010519491231002X', name: '测试', phone: '13812345678', district: 'pudong', wantedOccupations: ['4-07-05-01'], payMin: 3000, consentToRecommend: true,
  }, {});
  const refs = await api('POST', '/api/referrals', { vacancyIds: [vacancyId], kioskId: 'kiosk-1' }, { 'x-visitor-token': seeker.token });
  await api('POST', `/api/referrals/${refs.items[0].id}/outcome`, { outcome: 'interviewed', note: SHORT.iframe });
  await eventually(() => hall.paper.emulator.printed.length >= printedBefore + 2, 10_000, 'the receipt and the slip printed');
  const printed = hall.paper.emulator.printed.slice(printedBefore).flatMap((b) => decodeEscPos(b));
  complaintReceipt = JSON.stringify(printed.find((j) => j.lines.some((l) => l.text.includes('投诉')))!);
  referralSlip = JSON.stringify(printed.find((j) => j.lines.some((l) => l.text.includes('推荐')))!);
  for (const job of printed) {
    assert.equal(job.unknown, [], 'no command the encoder did not write');
    assert.ok(job.cut, 'each printout ends with its own cut');
  }
}
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

test('the printouts carry the payloads as printed text, inside one job each', () => {
  assert.match(complaintReceipt, JSON.stringify(`被投诉单位：${SHORT.script}`).slice(1, -1));
  assert.match(referralSlip, JSON.stringify(SHORT.img).slice(1, -1));
});

test('JSON answers carry the payloads as plain strings, never sniffable as HTML', async () => {
  const res = await hall.hub.app.inject({ url: `/api/jobs/${vacancyId}` });
  assert.match(res.headers['content-type'] as string, 'application/json');
  assert.is(res.headers['x-content-type-options'], 'nosniff');
  assert.is(res.json().title, SHORT.img);
  const notices = await api('GET', '/api/notices');
  assert.is(notices[0].title.zh, SHORT.iframe);
  // A payload in an address comes back encoded in the redirect, not as markup.
  const redirect = await hall.hub.app.inject({ url: `/jobs/${encodeURIComponent(SHORT.script)}` });
  assert.not.match(String(redirect.headers.location), '<');
});

test('the kiosk shows the vacancy and the fair as text', async () => {
  const detail = await open(`/kiosk/jobs/${vacancyId}`);
  await shownSafely(detail, 'kiosk job detail', [SHORT.img, SHORT.script]);
  const fairs = await open('/kiosk/fairs');
  await shownSafely(fairs, 'kiosk fairs', [SHORT.script]);
  const phone = await open(`/kiosk/jobs.html?id=${vacancyId}`);
  await shownSafely(phone, 'phone job page', [SHORT.img]);
});

test('the lobby screens show the notice, the job board and the booth map as text', async () => {
  const lobby = await open('/signage/?zone=xss-notice');
  await shownSafely(lobby, 'signage notice', [SHORT.iframe]);
  const board = await open('/signage/?zone=xss-jobs');
  await shownSafely(board, 'signage job board', [SHORT.img, SHORT.script]);
});

test('the admin shows every payload as text: review, referrals, employers, fairs, complaints, accounts, audit', async () => {
  const admin = await open('/admin/', true);
  await signInAdmin(admin, hall.hub.config.admin);
  const tab = async (id: string, shows: string[], part?: string) => {
    await (await find(admin, `#tab-${id}`)).click();
    if (part) await (await find(admin, part, 8000)).click();
    await shownSafely(admin, `admin ${id}${part ? ` ${part}` : ''}`, shows);
  };
  await waitForText(admin, '#who', (t) => t.length > 0);
  await tab('review', []);
  await (await find(admin, '#review-find')).type(String(vacancyId));
  await (await find(admin, '#review-find-go')).click();
  await shownSafely(admin, 'admin review (found by number)', [SHORT.img, SHORT.script]);
  await tab('referrals', [SHORT.img]);
  await (await find(admin, '#referrals-all')).click();
  await shownSafely(admin, 'admin referrals (all)', [SHORT.img, SHORT.iframe]);
  await tab('desk-placement', [SHORT.svg]);
  await tab('desk-placement', [SHORT.script], '#desk-fairs');
  await tab('desk-placement', [SHORT.script], '#desk-complaints');
  await tab('staff', [SHORT.img]);
  await tab('audit', [SHORT.svg]);
  assert.equal(errors, [], errors.join('\n'));
});

test.run();

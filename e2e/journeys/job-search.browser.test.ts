/**
 * The migrant worker's search, as a finger does it, at a portrait and a landscape kiosk, in Chinese and in
 * English: 简易找工 (very large type, pictograms, nothing switched on that the visitor did not choose), 包住 and
 * 日结, a job's page, and its details printed without signing in — read back from the ESC/POS bytes the printer
 * received. Then 返回 keeps the filters. Every screen passes axe. The page behind the job's QR is a phone page.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { JobDetail, JobSearchResult, payLabel } from '@jobhall/hub-server/contract';
import { canTap, seeOnScreen, tap } from '../finger.ts';
import { RUNS, kioskFor, openHall, paperCount, paperSaying, say, screenOk, type Journeys, type Lang } from './journey.ts';

let j: Journeys;
test.before(async () => {
  j = await openHall();
});
test.after(async () => {
  await j?.close();
});

const api = async <T>(url: string, schema: { parse(x: unknown): T }) => schema.parse((await j.hall.hub.app.inject({ method: 'GET', url })).json());
const fontPx = (page: Page, selector: string) => page.evaluate(`(() => {
  const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches('${selector}')) return el; if (el.shadowRoot) { const f = walk(el.shadowRoot); if (f) return f; } } return null; };
  return parseFloat(getComputedStyle(walk(document)).fontSize);
})()`) as Promise<number>;

for (const run of RUNS) {
  test(`${run.name}: simple search for lodging and quick pay, a job page, its details printed without signing in`, async () => {
    const L: Lang = run.lang;
    const page = await kioskFor(j, run.size, L);
    try {
      await screenOk(page, 'home');
      await tap(page, '#simple-search');
      const all = await api('/api/jobs?limit=1', JobSearchResult);
      await seeOnScreen(page, say(L, `找到 ${all.total} 个岗位`, `${all.total} jobs found`));
      assert.not.match(page.url(), 'meals=1', 'nothing is switched on that the visitor did not choose');
      assert.ok(await fontPx(page, 'button[data-filter="lodging"]') >= 36, 'simple mode is really large type');
      assert.ok(await page.evaluate(`(() => {
        const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches('button[data-filter], button[data-occupation]') && !el.querySelector('svg')) return false; if (el.shadowRoot && !walk(el.shadowRoot)) return false; } return true; };
        return walk(document);
      })()`), 'every choice in simple mode has its pictogram');
      if (L === 'en') {
        assert.ok(await canTap(page, { text: 'Security guard' }), 'the kinds of work are in English');
        await seeOnScreen(page, 'Lodging');
      }
      await screenOk(page, 'simple search');

      await tap(page, 'button[data-filter="lodging"]');
      await tap(page, 'button[data-filter="quickPay"]');
      const found = await api('/api/jobs?lodging=true&payPeriod=daily,weekly&limit=1', JobSearchResult);
      assert.ok(found.total > 0, 'the demo hall has such jobs');
      const foundText = say(L, `找到 ${found.total} 个岗位`, `${found.total} jobs found`);
      await seeOnScreen(page, foundText);
      assert.match(page.url(), /lodging=1/);
      assert.match(page.url(), /quickPay=1/);
      await screenOk(page, 'filtered search');

      await tap(page, 'button[data-job]');
      await seeOnScreen(page, say(L, '工作内容', 'The work'));
      const id = Number(/\/jobs\/(\d+)/.exec(page.url())![1]);
      const job = await api(`/api/jobs/${id}`, JobDetail);
      // Quick pay reads in its own unit: per day or per week, never per month.
      assert.ok(job.payPeriod !== 'monthly');
      await seeOnScreen(page, payLabel(job, L));
      assert.ok(await fontPx(page, 'h2') >= 52, 'the job page is large in simple mode too');
      await screenOk(page, 'job page');

      const from = paperCount(j);
      await tap(page, '#print-job');
      await seeOnScreen(page, say(L, '岗位信息正在打印', 'The job details are printing'));
      const slip = await paperSaying(j, from, job.title);
      for (const part of [job.title, job.employerName, job.address ?? job.workLocation ?? job.districtName, job.contactPhone, payLabel(job, 'zh'), `[qr ${job.url}]`]) {
        assert.ok(slip.includes(part), `"${part}" on the slip:\n${slip}`);
      }
      assert.not.ok(slip.includes('元/月'), 'a daily or weekly wage is not printed per month');

      await tap(page, '#back');
      await seeOnScreen(page, foundText);
      assert.match(page.url(), /lodging=1/, '返回 keeps the filters');
    } finally {
      await page.browserContext().close();
    }
  });
}

test('青年见习 and 公益性岗位 show vacancies; when a filter empties a list, the hint names only a filter on screen', async () => {
  const page = await kioskFor(j, RUNS[0]!.size, 'zh', '/kiosk/services/5.3.2/internships');
  try {
    const interns = await api('/api/jobs?label=internship&limit=1', JobSearchResult);
    assert.ok(interns.total > 0);
    await seeOnScreen(page, `找到 ${interns.total} 个岗位`);
    await tap(page, 'button[data-filter="lodging"]');
    await tap(page, 'button[data-filter="meals"]');
    const text = await seeOnScreen(page, '找到 0 个岗位');
    assert.not.match(text, '岗位类别', 'no hint about a filter that is not on screen');
    await seeOnScreen(page, /去掉“包住”（\d+ 个）/);
    await tap(page, { text: /去掉“包住”/ });
    await seeOnScreen(page, /找到 [1-9]\d* 个岗位/);
    await screenOk(page, 'internships');
    // Areas on a large picker: several at once, or 不限.
    await tap(page, '#district');
    await screenOk(page, 'district picker');
    await tap(page, 'button[data-option="xuhui"]');
    await tap(page, 'button[data-option="minhang"]');
    await tap(page, '#picker-done');
    await seeOnScreen(page, '地区 : 徐汇区、闵行区');
    assert.match(page.url(), /district=xuhui%2Cminhang|district=xuhui,minhang/);
    await tap(page, '#district');
    await tap(page, 'button[data-option=""]');
    await tap(page, '#picker-done');
    await seeOnScreen(page, '地区 : 不限');
    await page.goto(`${j.hall.hub.baseUrl}/kiosk/services/7.1.14/welfare`, { waitUntil: 'domcontentloaded' });
    await seeOnScreen(page, /找到 [1-9]\d* 个岗位/);
  } finally {
    await page.browserContext().close();
  }
});

test('the page behind a job\'s QR is a phone page: one column, no QR of its own, no printing, the number a tap away', async () => {
  const job = (await api('/api/jobs?limit=1&payPeriod=daily', JobSearchResult)).items[0]!;
  const detail = await api(`/api/jobs/${job.id}`, JobDetail);
  const page = await (await j.chrome.browser.createBrowserContext()).newPage();
  try {
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    // A phone set to Chinese: the page follows the phone's language.
    await page.evaluateOnNewDocument(`Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' })`);
    await page.goto(detail.url.replace('http://hall.test', j.hall.hub.baseUrl), { waitUntil: 'domcontentloaded' });
    await seeOnScreen(page, detail.title);
    await seeOnScreen(page, payLabel(detail, 'zh'));
    await screenOk(page, 'phone job page', { phone: true });
    const found = (await page.evaluate(`(() => {
      const all = [];
      const walk = (root) => root.querySelectorAll('*').forEach((el) => { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); });
      walk(document);
      const tel = all.find((el) => el.matches('a[href^="tel:"]'));
      const r = tel ? tel.getBoundingClientRect() : null;
      return { qr: all.some((el) => el.tagName === 'JH-QR-CODE'), print: all.some((el) => el.matches('#print-job, #refer, #sign-in-to-refer')),
        tel: tel ? tel.getAttribute('href') : null, telHeight: r ? r.height : 0 };
    })()`)) as { qr: boolean; print: boolean; tel: string | null; telHeight: number };
    assert.not.ok(found.qr, 'no QR code on the phone that scanned it');
    assert.not.ok(found.print, 'no print button on a phone');
    assert.is(found.tel, `tel:${detail.contactPhone.replace(/[^\d+]/g, '')}`);
    assert.ok(found.telHeight >= 44, 'the number is a thumb-sized link');
    // The list on a phone: one narrow column too.
    await page.goto(`${j.hall.hub.baseUrl}/jobs`, { waitUntil: 'domcontentloaded' });
    await seeOnScreen(page, '找工作');
    await page.mouse.wheel({ deltaY: 1200 });
    await seeOnScreen(page, /\d+ 元\/(月|天|周)/);
    await screenOk(page, 'phone job list', { phone: true });
  } finally {
    await page.browserContext().close();
  }
});

test('no page logged an error', () => {
  assert.equal(j.errors, []);
});

test.run();

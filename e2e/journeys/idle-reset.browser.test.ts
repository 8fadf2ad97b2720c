/**
 * A visitor walks away mid-flow, at both sizes: a seeker signed in on the number pad, reading a job recommended
 * to them; another half-way through 求职登记 with the ID number typed. After the warning (which passes axe too),
 * the kiosk is back on its first screen in Chinese with nothing of the visitor left — not on screen, not in the
 * browser's storage, not in the address, not behind the browser's back button — and the sign-in is dead at the
 * hub: the kiosk's sign-out survived the reset's navigation.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { checkCharacter, maskIdNumber } from '@jobhall/hub-server/contract';
import { eventually } from '../hall.ts';
import { screenText, seeOnScreen, tap, typeDigits } from '../finger.ts';
import { SIZES } from '../finger.ts';
import { idNumberFor, kioskFor, openHall, screenOk, type Journeys } from './journey.ts';

let j: Journeys;
test.before(async () => {
  j = await openHall();
});
test.after(async () => {
  await j?.close();
});

const WELCOME = '您好，请选择您要办理的业务';
const IDLE = '/kiosk/?idle=3&warn=2';

/** What a browser keeps for the page, besides the screen: storage and the address. */
async function leftBehind(page: Page): Promise<{ storage: number; url: string }> {
  return { storage: (await page.evaluate('sessionStorage.length + localStorage.length')) as number, url: page.url() };
}

SIZES.forEach((size, n) => {
  test(`${size.name}: a signed-in seeker walks away from a job page; nothing of them is left, and their sign-in is dead at the hub`, async () => {
    const id = idNumberFor(40 + n, checkCharacter);
    const made = await j.hall.hub.app.inject({
      method: 'POST', url: '/api/seekers',
      payload: { idNumber: id, name: '赵敏', phone: '13700007777', district: 'putuo', wantedOccupations: ['4-09-07-01'], consentToRecommend: true },
    });
    assert.is(made.statusCode, 201, made.body);
    const seekerId = made.json().seeker.id as string;
    // Registered elsewhere earlier; that visit is over.
    await j.hall.hub.app.inject({ method: 'POST', url: '/api/seekers/sign-out', headers: { 'x-visitor-token': made.json().token } });
    const sessions = () => (j.hall.hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM visitor_sessions WHERE subject_id = ?').get(seekerId) as { n: number }).n;
    const page = await kioskFor(j, size, 'en', IDLE);
    try {
      await tap(page, 'button[data-module="3"]');
      await tap(page, 'button[data-service="3.1.3"]');
      await tap(page, '#flow-my-jobs');
      await typeDigits(page, id);
      await tap(page, '#pad-submit');
      await typeDigits(page, '7777');
      await tap(page, '#pad-submit');
      await seeOnScreen(page, 'Jobs recommended for you');
      await seeOnScreen(page, maskIdNumber(id));
      assert.is(sessions(), 1, 'signed in at the hub');
      await tap(page, 'button.open');
      await seeOnScreen(page, 'The work');
      // Walk away: the warning first, then the reset.
      await seeOnScreen(page, 'Are you still there?', 8000);
      await screenOk(page, 'idle warning');
      await seeOnScreen(page, WELCOME, 8000);
      const text = await screenText(page);
      assert.not.match(text, maskIdNumber(id));
      assert.not.match(text, '赵*');
      assert.not.match(text, /Signed in|已登录/);
      assert.equal(await leftBehind(page), { storage: 0, url: `${j.hall.hub.baseUrl}${IDLE}` });
      await eventually(() => sessions() === 0, 5000, 'the sign-out reached the hub');
      await page.goBack();
      await seeOnScreen(page, WELCOME);
      assert.not.match(await screenText(page), /The work|Jobs recommended/);
    } finally {
      await page.browserContext().close();
    }
  });

  test(`${size.name}: half-way through 求职登记 with the ID number typed, the visitor walks away; nothing of it is left`, async () => {
    const id = idNumberFor(50 + n, checkCharacter);
    const page = await kioskFor(j, size, 'zh', IDLE);
    try {
      await tap(page, 'button[data-module="3"]');
      await tap(page, 'button[data-service="3.1.2"]');
      await tap(page, '#flow-register');
      await typeDigits(page, id);
      await tap(page, '#pad-submit');
      await seeOnScreen(page, '第 2 步，共 12 步');
      await seeOnScreen(page, WELCOME, 10_000);
      const text = await screenText(page);
      assert.not.match(text, maskIdNumber(id));
      assert.not.match(text, /第 \d+ 步/);
      assert.equal(await leftBehind(page), { storage: 0, url: `${j.hall.hub.baseUrl}${IDLE}` });
      await page.goBack();
      await seeOnScreen(page, WELCOME);
      assert.not.match(await screenText(page), /第 \d+ 步/);
      await screenOk(page, 'first screen after the reset');
    } finally {
      await page.browserContext().close();
    }
  });
});

test('no page logged an error', () => {
  assert.equal(j.errors, []);
});

test.run();

/**
 * 招聘登记 as an employer does it at the kiosk, at both sizes in both languages: the rules are said at the fields
 * before anything is typed (a description of at least 10 characters), 提交审核 says why it is grey, discriminatory
 * wording is shown with its fix and is changed, a daily wage is typed per day, and the result screen gives the
 * reference, the ticket for window 5, where to wait and what to bring — with the pre-filled slip read back from
 * the printer and the vacancy stored with the monthly equivalent of the daily wage.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { monthlyPay } from '@jobhall/hub-server/contract';
import { canTap, seeOnScreen, tap, typeDigits, typeText } from '../finger.ts';
import { RUNS, kioskFor, openHall, paperCount, paperSaying, say, screenOk, type Journeys } from './journey.ts';

let j: Journeys;
test.before(async () => {
  j = await openHall();
});
test.after(async () => {
  await j?.close();
});

async function fillNumber(page: Parameters<typeof tap>[0], field: string, digits: string) {
  await tap(page, `#edit-${field}`);
  await typeDigits(page, digits);
  await tap(page, '#pad-submit');
}

RUNS.forEach((run, n) => {
  test(`${run.name}: a vacancy with a wording finding fixed and submitted, its slip printed and a ticket for window 5`, async () => {
    const L = run.lang;
    const page = await kioskFor(j, run.size, L);
    try {
      await tap(page, 'button[data-module="3"]');
      await tap(page, 'button[data-service="3.1.1"]');
      await tap(page, '#flow-post-job');
      // The rule is at the field before anything is typed, and the grey button says what it waits for.
      await seeOnScreen(page, say(L, '至少 10 个字', 'At least 10 characters'));
      await seeOnScreen(page, say(L, '还需要填写：', 'Still needed: '));
      assert.not.ok(await canTap(page, '#submit-vacancy'));
      await screenOk(page, 'empty vacancy form');

      await tap(page, '#edit-title');
      await typeText(page, [['bao', '保'], ['an', '安']]);
      await tap(page, '#kb-done');
      await tap(page, '#edit-employerName');
      await typeText(page, [['ce', '测'], ['shi', '试'], ['wu', '物'], ['ye', '业'], String(n)]);
      await tap(page, '#kb-done');

      await tap(page, '#edit-description');
      await typeText(page, [['xiao', '小'], ['qu', '区'], ['bao', '保'], ['an', '安']]);
      await tap(page, '#kb-done');
      await seeOnScreen(page, say(L, '还差 6 个字', '6 more to go'));
      await screenOk(page, 'description too short, said at the field');
      await typeText(page, [['xun', '巡'], ['luo', '逻']]);
      await tap(page, 'button[data-key="，"]');
      await typeText(page, [['xian', '限'], ['nan', '男'], ['xing', '性']]);
      await tap(page, '#kb-done');
      await seeOnScreen(page, say(L, '必须修改', 'Must change'));

      await tap(page, '#edit-district');
      await screenOk(page, 'district picker');
      await tap(page, 'button[data-option="pudong"]');
      await fillNumber(page, 'headcount', '2');
      await tap(page, '#period-daily');
      await seeOnScreen(page, say(L, '元/天', 'yuan/day'));
      await fillNumber(page, 'payMin', '200');
      await fillNumber(page, 'payMax', '260');
      await fillNumber(page, 'contactPhone', '13900139000');
      await seeOnScreen(page, say(L, '请先按提示修改标红的用语', 'First change the wording marked in red'));
      assert.not.ok(await canTap(page, '#submit-vacancy'), 'blocked wording cannot be submitted');
      await screenOk(page, 'wording finding');

      await tap(page, '#edit-description');
      for (let i = 0; i < 4; i++) await tap(page, '#kb-backspace');
      await tap(page, 'button[data-key="，"]');
      await typeText(page, [['ye', '夜'], ['ban', '班'], ['zhi', '值'], ['shou', '守']]);
      await tap(page, '#kb-done');
      await seeOnScreen(page, say(L, '用语检查通过', 'The wording is fine'));
      await screenOk(page, 'ready to submit');

      const from = paperCount(j);
      await tap(page, '#submit-vacancy');
      await seeOnScreen(page, say(L, '招聘登记已提交', 'Your vacancy is in'));
      const ref = /(?:登记编号 ?：|Reference ?:) ?(\d+)/.exec(await seeOnScreen(page, say(L, /登记编号 ?： ?\d+/, /Reference ?: ?\d+/)))![1]!;
      const number = /C\d{3}/.exec(await seeOnScreen(page, /C\d{3}/))![0];
      await seeOnScreen(page, say(L, '5 号窗口', 'Window 5'));
      await seeOnScreen(page, say(L, '1楼 C 区座位', 'seats in area C'));
      await screenOk(page, 'result');

      const slip = await paperSaying(j, from, `登记编号 No. ${ref}`);
      for (const part of ['招聘登记（预填）', '保安', `测试物业${n}`, '200–260 元/天', '取 C 字头号', '5 号窗口']) assert.match(slip, part);
      assert.match(await paperSaying(j, from, `${number} 号`), '请在 1楼 C 区座位');
      const row = j.hall.hub.app.hub.db.prepare('SELECT status, pay_min, pay_max, pay_period, description FROM vacancies WHERE id = ?').get(Number(ref));
      assert.equal(row, { status: 'pending', pay_min: monthlyPay(200, 'daily'), pay_max: monthlyPay(260, 'daily'), pay_period: 'daily', description: '小区保安巡逻，夜班值守' });
    } finally {
      await page.browserContext().close();
    }
  });
});

test('no page logged an error', () => {
  assert.equal(j.errors, []);
});

test.run();

/**
 * 求职登记 to matches to referral slips, as a finger does it, at both sizes in both languages: the ID number with
 * a mistyped check digit is refused at the field in the visitor's language and kept as typed, the steps count
 * themselves, skills and experience are asked before anything is judged by them, the review lists field names,
 * and the result screen gives the reference, the ticket for the window, where to wait and what to bring, with
 * the pre-filled slip and the ticket read back from the printer. The matches speak the visitor's language; two
 * referral slips print.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkCharacter, maskIdNumber } from '@jobhall/hub-server/contract';
import { canTap, seeOnScreen, tap, typeDigits, typeText } from '../finger.ts';
import { eventually } from '../hall.ts';
import { RUNS, idNumberFor, kioskFor, openHall, paperCount, paperSaying, paperSince, say, screenOk, type Journeys } from './journey.ts';

let j: Journeys;
test.before(async () => {
  j = await openHall();
});
test.after(async () => {
  await j?.close();
});

RUNS.forEach((run, n) => {
  test(`${run.name}: register, see matches with their reasons, print two referral slips`, async () => {
    const L = run.lang;
    const id = idNumberFor(n, checkCharacter);
    const wrongLast = id.endsWith('1') ? '2' : '1';
    const page = await kioskFor(j, run.size, L);
    try {
      await tap(page, 'button[data-module="3"]');
      await tap(page, 'button[data-service="3.1.2"]');
      await seeOnScreen(page, say(L, '求职登记', 'Register as a job seeker'));
      await screenOk(page, 'service page 3.1.2');
      await tap(page, '#flow-register');

      // The ID number with its last character mistyped: said at the field, in the visitor's language, kept.
      await seeOnScreen(page, say(L, '第 1 步，共 12 步', 'Step 1 of 12'));
      await typeDigits(page, id.slice(0, 17) + wrongLast);
      await seeOnScreen(page, say(L, '身份证号码有一位输错了', 'One character is mistyped'));
      assert.not.ok(await canTap(page, '#pad-submit'), 'a wrong number cannot be sent');
      await seeOnScreen(page, `${id.slice(0, 4)}**********${id.slice(14, 17)}${wrongLast}`);
      await screenOk(page, 'ID number refused at the field');
      await tap(page, '#pad-backspace');
      await typeDigits(page, id.slice(17));
      await tap(page, '#pad-submit');

      await seeOnScreen(page, say(L, '第 2 步，共 12 步', 'Step 2 of 12'));
      await typeText(page, [['wang', '王'], ['fang', '芳']]);
      await tap(page, '#kb-done');
      await typeDigits(page, `139${String(10_000_000 + n).slice(-8)}`);
      await tap(page, '#pad-submit');

      await seeOnScreen(page, say(L, '您住在哪个区', 'Which district do you live in'));
      if (L === 'en') await seeOnScreen(page, 'Jiading');
      await screenOk(page, 'where the seeker lives');
      await tap(page, 'button[data-choice="jiading"]');
      await tap(page, 'button[data-choice="work-jiading"]');
      await tap(page, 'button[data-choice="work-baoshan"]');
      await screenOk(page, 'where the seeker will work');
      await tap(page, '#where-next');
      await seeOnScreen(page, say(L, '叉车工', 'Forklift driver'));
      await screenOk(page, 'the work wanted');
      await tap(page, 'button[data-choice="4-02-06-04"]');
      await tap(page, 'button[data-choice="4-02-06-01"]');
      await tap(page, '#work-next');
      await seeOnScreen(page, say(L, '叉车驾驶', 'Forklift driving'));
      await screenOk(page, 'skills and certificates');
      await tap(page, 'button[data-choice="skill-叉车驾驶"]');
      await tap(page, 'button[data-choice="cert-forklift"]');
      await tap(page, '#skills-next');
      await tap(page, 'button[data-choice="years-3"]');
      await tap(page, 'button[data-choice="5000"]');
      await tap(page, '#pay-next');
      await tap(page, 'button[data-choice="senior"]');
      await tap(page, 'button[data-choice="consent-yes"]');

      // The review: field names, not the questions, with what was entered; the ID number masked.
      const review = await seeOnScreen(page, say(L, '请核对您的登记信息', 'Please check your details'));
      for (const name of L === 'zh' ? ['身份证号码', '工作地区', '技能和证书', '工作经验'] : ['ID number', 'Where you will work', 'Skills and certificates', 'Experience']) {
        assert.match(review, name);
      }
      assert.match(review, maskIdNumber(id));
      assert.not.match(review, id);
      await screenOk(page, 'review');

      const from = paperCount(j);
      await tap(page, '#register-submit');
      const result = await seeOnScreen(page, say(L, '求职登记已提交', 'Your registration is in'));
      const ref = /QZ\d{8}-\d{4}/.exec(result)?.[0];
      assert.ok(ref, 'a reference');
      const number = /B\d{3}/.exec(await seeOnScreen(page, /B\d{3}/))![0];
      await seeOnScreen(page, say(L, '1楼 B 区座位', 'seats in area B'));
      await seeOnScreen(page, say(L, '3、4 号窗口', 'Windows 3 and 4'));
      await screenOk(page, 'result');
      const slip = await paperSaying(j, from, ref!);
      for (const part of ['求职登记（预填）', maskIdNumber(id), '取 B 字头号', '3、4 号窗口', '1楼 B 区座位', '嘉定区、宝山区', '叉车驾驶']) assert.match(slip, part);
      assert.not.match(slip, id, 'the slip never carries the ID number');
      assert.match(await paperSaying(j, from, `${number} 号`), '请在 1楼 B 区座位');

      await tap(page, '#see-matches');
      const matches = await seeOnScreen(page, say(L, '为您推荐的岗位', 'Jobs recommended for you'));
      await seeOnScreen(page, say(L, '为什么推荐：', 'Why this job: '));
      if (L === 'en') {
        assert.not.match(matches, /为什么推荐|还差什么|：|；/, 'no Chinese labels or punctuation in English');
        await seeOnScreen(page, /Forklift driver|Warehouse keeper/);
      }
      assert.not.match(matches, /您有0年|you have 0/, 'experience was asked, so it is judged by what was said');
      await seeOnScreen(page, say(L, '请先在左边勾选', 'First tick the jobs you want'));
      await screenOk(page, 'matches');
      await tap(page, 'li:nth-of-type(1) button[data-choose]');
      await tap(page, 'li:nth-of-type(2) button[data-choose]');
      const before = paperCount(j);
      await tap(page, '#print-referrals');
      await seeOnScreen(page, say(L, '已为您打印 2 张推荐信', '2 referral slip(s) printed'));
      const slips = await eventually(() => {
        const mine = paperSince(j, before).filter((p) => p.includes('职业介绍推荐信') && p.includes(maskIdNumber(id)));
        return mine.length === 2 && mine;
      }, 8000, 'two referral slips in the seeker\'s (masked) name');
      for (const p of slips) assert.not.match(p, id);
    } finally {
      await page.browserContext().close();
    }
  });
});

test('no page logged an error', () => {
  assert.equal(j.errors, []);
});

test.run();

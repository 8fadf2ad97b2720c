import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CvShared } from '../../contract/index.ts';
import { startTestHub } from '../../testing/test-hub.ts';

const answers = {
  about: [{ name: '李秀英', phone: '13912345678', wantedJob: '仓库管理', education: 'senior', years: 12 }],
  jobs: [{ employer: '宏达物流', role: '仓管员', fromYear: 2015, toYear: 2024, duties: '收发货、盘点' }],
  skills: [{ skills: '开叉车、用电脑', certificates: '叉车证' }],
  more: [{ summary: '细心，守时。' }],
};

test('a CV goes to a phone by a one-time address: a landing page with nothing personal, the CV once, then gone', async () => {
  let offset = 0;
  const hub = await startTestHub({ now: () => new Date(Date.now() + offset) });
  try {
    const res = await hub.app.inject({ method: 'POST', url: '/api/cv/cv/share', payload: { answers, choices: { fullName: true, fullPhone: false } } });
    assert.is(res.statusCode, 201, res.body);
    const { url, expiresAt } = CvShared.parse(res.json());
    assert.match(url, /^http:\/\/hall\.test\/cv\/[A-Za-z0-9_-]{24}$/);
    assert.ok(Date.parse(expiresAt) - Date.now() > 14 * 60_000);
    const path = new URL(url).pathname;

    const landing = await hub.app.inject({ url: path });
    assert.is(landing.statusCode, 200);
    assert.is(landing.headers['cache-control'], 'no-store');
    assert.not.match(landing.body, '李');
    assert.match(landing.body, '打开我的简历');

    const opened = await hub.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'text/plain' }, payload: '' });
    assert.is(opened.statusCode, 200);
    assert.match(opened.body, '李秀英');
    assert.match(opened.body, '139****5678');
    assert.not.match(opened.body, '13912345678');
    assert.match(opened.body, '宏达物流');

    const again = await hub.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'text/plain' }, payload: '' });
    assert.is(again.statusCode, 410);
    assert.not.match(again.body, '李');
    assert.match((await hub.app.inject({ url: path })).body, '已经用过或过期');

    // Another, never opened: after 15 minutes it is gone.
    const later = CvShared.parse((await hub.app.inject({ method: 'POST', url: '/api/cv/cv/share', payload: { answers } })).json());
    offset = 15 * 60_000 + 1000;
    const expired = await hub.app.inject({ method: 'POST', url: new URL(later.url).pathname, headers: { 'content-type': 'text/plain' }, payload: '' });
    assert.is(expired.statusCode, 410);
  } finally {
    await hub.close();
  }
});

test('a CV with bad answers is a 400 naming each answer; another flow is not a CV builder', async () => {
  const hub = await startTestHub();
  try {
    const bad = { ...answers, about: [{ ...answers.about[0], wantedJob: '', phone: '1391234' }], jobs: [{ ...answers.jobs[0], fromYear: 1800 }] };
    const res = await hub.app.inject({ method: 'POST', url: '/api/cv/cv/print', payload: { answers: bad, kioskId: 'kiosk-1' } });
    assert.is(res.statusCode, 400);
    assert.equal(res.json().issues.map((i: { path: string }) => i.path), ['body.answers.about.0.phone', 'body.answers.about.0.wantedJob', 'body.answers.jobs.0.fromYear']);
    assert.ok(res.json().text.zh);
    const other = await hub.app.inject({ method: 'POST', url: '/api/cv/interests/share', payload: { answers } });
    assert.is(other.statusCode, 404);
    assert.is(other.json().issues[0].path, 'params.flowId');
  } finally {
    await hub.close();
  }
});

test('a CV prints on the kiosk\'s printer', async () => {
  const hub = await startTestHub();
  try {
    const res = await hub.app.inject({ method: 'POST', url: '/api/cv/cv/print', payload: { answers, kioskId: 'kiosk-1', lang: 'en' } });
    assert.is(res.statusCode, 202, res.body);
    assert.ok(hub.app.printing.get(res.json().jobId));
  } finally {
    await hub.close();
  }
});

test.run();

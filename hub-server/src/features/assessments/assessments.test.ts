import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AssessmentResult, type AssessmentFlow } from '../../contract/index.ts';
import { startTestHub } from '../../testing/test-hub.ts';

test('answers in, a profile in plain words out, with occupations and their open vacancies as the job search counts them', async () => {
  const hub = await startTestHub();
  try {
    const def = hub.app.flows.get('interests') as AssessmentFlow;
    // Someone who likes caring for people, is unsure about orderly work, and dislikes the rest.
    const answers = Object.fromEntries(def.items.map((i) => [i.id, i.scale === 'social' ? 2 : i.scale === 'conventional' ? 1 : 0]));
    const res = await hub.app.inject({ method: 'POST', url: '/api/assessments/interests', payload: { answers } });
    assert.is(res.statusCode, 200, res.body);
    const r = AssessmentResult.parse(res.json());
    assert.equal(r.scales.slice(0, 2).map((s) => [s.id, s.percent]), [['social', 100], ['conventional', 50]]);
    assert.is(r.code, 'SCR');
    assert.is(r.summary.zh, '你最喜欢照顾人、帮助人，其次是按规矩把事情做细、做整齐。');
    assert.is(r.occupations[0]!.label.zh, '客服人员');
    for (const o of r.occupations) {
      const jobs = (await hub.app.inject({ url: `/api/jobs?occupation=${o.code}&limit=1` })).json();
      assert.is(o.openJobs, jobs.total, o.code);
    }
    assert.ok(r.occupations.some((o) => o.openJobs > 0), 'the demo hall has vacancies for some suggested occupation');
    const care = r.occupations.find((o) => o.code === '4-10-01-05')!;
    assert.equal(care.courses.map((c) => c.id), ['elderly-care-basic'], 'the course that trains for it, by occupation code');
  } finally {
    await hub.close();
  }
});

test('unanswered, unknown or impossible answers are a 400 naming each; another flow is not an assessment', async () => {
  const hub = await startTestHub();
  try {
    const def = hub.app.flows.get('interests') as AssessmentFlow;
    const answers: Record<string, number> = Object.fromEntries(def.items.slice(1).map((i) => [i.id, 1]));
    answers[def.items[1]!.id] = 5;
    const res = await hub.app.inject({ method: 'POST', url: '/api/assessments/interests', payload: { answers } });
    assert.is(res.statusCode, 400);
    assert.equal(res.json().issues.map((i: { path: string }) => i.path), [`body.answers.${def.items[0]!.id}`, `body.answers.${def.items[1]!.id}`]);
    assert.match(res.json().text.zh, '没答完');
    const other = await hub.app.inject({ method: 'POST', url: '/api/assessments/unemployment-benefit', payload: { answers: {} } });
    assert.is(other.statusCode, 404);
    assert.is(other.json().issues[0].path, 'params.flowId');
  } finally {
    await hub.close();
  }
});

test('the profile prints on the kiosk\'s printer', async () => {
  const hub = await startTestHub();
  try {
    const def = hub.app.flows.get('interests') as AssessmentFlow;
    const answers = Object.fromEntries(def.items.map((i) => [i.id, 2]));
    const res = await hub.app.inject({ method: 'POST', url: '/api/assessments/interests/print', payload: { answers, kioskId: 'kiosk-1' } });
    assert.is(res.statusCode, 202, res.body);
    assert.ok(hub.app.printing.get(res.json().jobId));
  } finally {
    await hub.close();
  }
});

test.run();

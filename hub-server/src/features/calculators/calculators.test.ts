import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CalcResult, type CalcLine } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

const UB = '/api/calculators/unemployment-benefit-estimate';
const eligible = { contributionYears: 7, leftReason: 'not-own-will', registered: true };

async function post(hub: TestHub, url: string, payload: unknown, headers: Record<string, string> = {}) {
  return hub.app.inject({ method: 'POST', url, payload: payload as object, headers });
}

const line = (lines: CalcLine[], id: string) => lines.find((l) => l.id === id)!;

test('unemployment benefit: the result in plain words, and every line of how it was reached with the rule version', async () => {
  const hub = await startTestHub();
  try {
    const res = await post(hub, UB, { inputs: eligible, asOf: '2025-06-30' });
    assert.is(res.statusCode, 200, res.body);
    const r = CalcResult.parse(res.json());
    assert.is(r.eligible, true);
    assert.equal(r.headline.map((h) => h.zh), ['您最多可以领 18 个月失业保险金。', '失业保险金大约 2,200 元/月。', '领满 18 个月，一共大约 39,600 元。']);
    assert.equal(r.headline[0]!.en, 'You can get unemployment benefit for up to 18 months.');
    // The answers first, then the figures in force that day, with their dates, basis and demo mark.
    assert.equal(r.lines.slice(0, 3).map((l) => l.kind), ['input', 'input', 'input']);
    const months = line(r.lines, 'monthsByYears');
    assert.ok(months.kind === 'figure' && months.from === '1999-01-22' && !months.demo && months.basis.zh.includes('第十七条'));
    const table = line(r.lines, 'monthlyByYears');
    assert.ok(table.kind === 'figure' && table.from === '2024-07-01' && table.demo && table.source === 'content');
    const step = line(r.lines, 'monthsThisTime');
    assert.ok(step.kind === 'value');
    if (step.kind !== 'value') return;
    assert.is(step.shown.zh, '18 个月');
    assert.equal(step.bands.map((b) => b.zh), ['领取期限表：满 5 年不足 10 年：18 个月']);
    assert.is(step.how?.zh, '交了 7 年，查第十七条的表');
    const cap = line(r.lines, 'cap');
    assert.is(cap.kind === 'value' && cap.formula, 'round(minimumWage * capShare) = round(2,690 * 0.9) = 2,421 元/月');
    assert.is(r.ruleVersion, 'unemployment-benefit-estimate v1 · figures 2024-07-01');
    assert.is(r.demo, true);
  } finally {
    await hub.close();
  }
});

test('a failed check says why in plain words, and no amount is computed after it', async () => {
  const hub = await startTestHub();
  try {
    const r = CalcResult.parse((await post(hub, UB, { inputs: { ...eligible, contributionYears: 0 }, asOf: '2025-07-01' })).json());
    assert.is(r.eligible, false);
    assert.equal(r.headline.map((h) => h.zh), ['失业保险一共交了不到 1 年，还不能领失业保险金。']);
    assert.is(r.values.paidAYear, false);
    assert.is(r.values.notOwnWill, true);
    assert.not.ok('total' in r.values);
    assert.not.ok(r.lines.some((l) => l.kind === 'value'));
  } finally {
    await hub.close();
  }
});

test('bad input is a 400 naming the field, with a sentence for the kiosk; a wrong day or calculator says so', async () => {
  const hub = await startTestHub();
  try {
    const cases: Array<[unknown, string, RegExp]> = [
      [{ inputs: { ...eligible, contributionYears: 80 } }, 'body.inputs.contributionYears', /应在 0 到 50 之间/],
      [{ inputs: { ...eligible, contributionYears: 6.5 } }, 'body.inputs.contributionYears', /请填整数/],
      [{ inputs: { ...eligible, contributionYears: '7' } }, 'body.inputs.contributionYears', /请填数字/],
      [{ inputs: { contributionYears: 7, leftReason: 'not-own-will' } }, 'body.inputs.registered', /请填写/],
      [{ inputs: { ...eligible, leftReason: 'fired' } }, 'body.inputs.leftReason', /选项中选一个/],
      [{ inputs: { ...eligible, salary: 5000 } }, 'body.inputs.salary', /没有这一项/],
      [{ inputs: eligible, asOf: '2025-02-30' }, 'body.asOf', /./],
      [{ inputs: eligible, extra: 1 }, 'body.extra', /./],
    ];
    for (const [payload, path, text] of cases) {
      const res = await post(hub, UB, payload);
      assert.is(res.statusCode, 400, `${path}: ${res.body}`);
      const body = res.json();
      assert.ok(body.issues.some((i: { path: string }) => i.path === path), `${path} not named in ${res.body}`);
      if (path.startsWith('body.inputs')) assert.match(body.text.zh, text);
    }
    const early = await post(hub, UB, { inputs: eligible, asOf: '2024-01-01' });
    assert.is(early.statusCode, 422);
    assert.is(early.json().issues[0].path, 'body.asOf');
    assert.match(early.json().text.en, /start on 2024-07-01/);
    for (const id of ['no-such-calculator', 'complain']) {
      const none = await post(hub, `/api/calculators/${id}`, { inputs: {} });
      assert.is(none.statusCode, 404);
      assert.is(none.json().issues[0].path, 'params.flowId');
    }
  } finally {
    await hub.close();
  }
});

test('a question asked only sometimes drops its answer when not asked', async () => {
  const hub = await startTestHub();
  try {
    const r = CalcResult.parse((await post(hub, '/api/calculators/insurance-contributions-estimate', { inputs: { kind: 'flexible', wage: 9999, baseLevel: '100' }, asOf: '2025-07-01' })).json());
    assert.is(r.values.flexTotal, 3730.2);
    assert.not.ok(r.lines.some((l) => l.id === 'wage' || l.id === 'base'));
    const missing = await post(hub, '/api/calculators/insurance-contributions-estimate', { inputs: { kind: 'employee' } });
    assert.is(missing.json().issues[0].path, 'body.inputs.wage');
  } finally {
    await hub.close();
  }
});

test('a measure that has ended fails like a check, naming the day it ended', async () => {
  const hub = await startTestHub();
  try {
    const r = CalcResult.parse((await post(hub, '/api/calculators/hiring-relief-check', { inputs: { people: 2, contractYear: true, insured: true }, asOf: '2028-03-01' })).json());
    assert.is(r.eligible, false);
    assert.equal(r.headline.map((h) => h.zh), ['这项规定自 2028-01-01 起已不再执行']);
  } finally {
    await hub.close();
  }
});

test('a repayment schedule comes as a table, quarter by quarter', async () => {
  const hub = await startTestHub();
  try {
    const r = CalcResult.parse((await post(hub, '/api/calculators/start-up-loan-estimate', {
      inputs: { group: 'graduate', hasBusiness: true, otherLoans: false, wanted: 150000, termMonths: 24 }, asOf: '2025-06-01',
    })).json());
    const plan = line(r.lines, 'schedule');
    assert.ok(plan.kind === 'table');
    if (plan.kind !== 'table') return;
    assert.is(plan.rows.length, 8);
    assert.equal(plan.rows[0]!.map((c) => c.zh), ['1', '3', '562.5 元', '750 元', '0 元', '562.5 元']);
    assert.equal(plan.rows[7]!.map((c) => c.zh), ['8', '3', '562.5 元', '750 元', '150,000 元', '150,562.5 元']);
  } finally {
    await hub.close();
  }
});

test('staff propose a new dated figure, an approver approves it: results change from that day on, never before', async () => {
  const hub = await startTestHub();
  try {
    const staff = await hub.login();
    const anon = await post(hub, '/api/calculators/figures', { flowId: 'unemployment-benefit-estimate', parameterId: 'minimumWage', from: '2026-01-01', value: 1, note: 'a notice' });
    assert.is(anon.statusCode, 401);
    const gap = await post(hub, '/api/calculators/figures', {
      flowId: 'unemployment-benefit-estimate', parameterId: 'monthlyByYears', from: '2026-01-01', note: '市人社局 2026 年第 1 号通知',
      value: [{ from: 1, to: 5, value: 2300 }, { from: 6, to: null, value: 2400 }],
    }, staff);
    assert.is(gap.statusCode, 422);
    assert.equal(gap.json().issues, [{ path: 'body.value', message: 'bands 1 and 2 leave a gap from 5 to 6' }]);
    const wrongKind = await post(hub, '/api/calculators/figures', { flowId: 'unemployment-benefit-estimate', parameterId: 'minimumWage', from: '2026-01-01', note: 'a notice', value: [{ from: 0, to: null, value: 1 }] }, staff);
    assert.is(wrongKind.json().issues[0].path, 'body.value');

    const proposed = await post(hub, '/api/calculators/figures', { flowId: 'unemployment-benefit-estimate', parameterId: 'minimumWage', from: '2026-01-01', value: 3000, note: '市政府 2025 年最低工资调整通知' }, staff);
    assert.is(proposed.statusCode, 201, proposed.body);
    const id = proposed.json().id as number;
    const ceiling = async (asOf: string) => CalcResult.parse((await post(hub, UB, { inputs: { ...eligible, contributionYears: 22 }, asOf })).json());
    assert.is((await ceiling('2026-01-01')).values.cap, 2466, 'a proposal does not count');

    const reject = await post(hub, `/api/calculators/figures/${id}/decide`, { approve: false }, staff);
    assert.is(reject.json().issues[0].path, 'body.reason');
    const approved = await post(hub, `/api/calculators/figures/${id}/decide`, { approve: true }, staff);
    assert.is(approved.statusCode, 200);
    assert.is(approved.json().state, 'approved');
    assert.is((await post(hub, `/api/calculators/figures/${id}/decide`, { approve: true }, staff)).statusCode, 409);

    const after = await ceiling('2026-01-01');
    assert.is(after.values.cap, 2700);
    assert.is(after.values.monthly, 2550);
    assert.is(after.ruleVersion, `unemployment-benefit-estimate v1 · figures 2026-01-01 (staff #${id})`);
    const wage = line(after.lines, 'minimumWage');
    assert.ok(wage.kind === 'figure' && !wage.demo);
    assert.equal(wage.kind === 'figure' && wage.source, { figureId: id });
    assert.is((await ceiling('2025-12-31')).values.cap, 2466, 'the day before, the old figure');

    const list = (await hub.app.inject({ url: '/api/calculators/figures', headers: staff })).json();
    const ub = list.find((c: { flowId: string }) => c.flowId === 'unemployment-benefit-estimate');
    const mw = ub.parameters.find((p: { id: string }) => p.id === 'minimumWage');
    assert.equal(mw.values.map((v: { from: string }) => v.from), ['2023-07-01', '2025-07-01', '2026-01-01']);
    assert.equal(ub.figures.map((f: { state: string }) => f.state), ['approved']);
  } finally {
    await hub.close();
  }
});

test('the result slip is printed on the kiosk\'s printer, computed again', async () => {
  const hub = await startTestHub();
  try {
    const res = await post(hub, `${UB}/print`, { inputs: eligible, kioskId: 'kiosk-1', lang: 'en' });
    assert.is(res.statusCode, 202, res.body);
    assert.ok(hub.app.printing.get(res.json().jobId));
    const bad = await post(hub, `${UB}/print`, { inputs: { ...eligible, registered: 'yes' }, kioskId: 'kiosk-1' });
    assert.is(bad.json().issues[0].path, 'body.inputs.registered');
    assert.is((await post(hub, `${UB}/print`, { inputs: eligible, kioskId: 'kiosk-9' })).json().issues[0].path, 'body.kioskId');
  } finally {
    await hub.close();
  }
});

test.run();

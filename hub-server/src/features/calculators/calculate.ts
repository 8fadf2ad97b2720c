import {
  ExprError, evaluate, namesIn, showExpr, type Band, type CalcLine, type CalcParameter, type CalcResult, type CalculatorFlow, type CompiledCalc,
  type Expr, type LocalizedText, type Scope, type Value,
} from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { inForce, type DatedValue } from './figures.ts';
import { fill, formatAnswer, formatBand, formatTable, formatValue, plainNumber } from './format.ts';
import { readInputs } from './inputs.ts';

/** A table longer than this is a rule gone wrong, not a schedule anyone reads at a kiosk. */
const MAX_ROWS = 120;

/** What a calculation needs besides the visitor's answers: the definition and each parameter's dated values. */
export interface Calculator {
  def: CalculatorFlow;
  compiled: CompiledCalc;
  timeline(param: CalcParameter): readonly DatedValue[];
}

/**
 * Computes a calculator's result as of a day, line by line: the answers, the figures in force that day with
 * their basis, each check and each value with how it was reached. A check that fails makes the result "not
 * eligible" and the amounts after it are not computed; a figure that has ended (null) fails like a check.
 */
export function calculate(calc: Calculator, raw: Record<string, unknown>, asOf: string): CalcResult {
  const { def, compiled } = calc;
  const { values, asked } = readInputs(def, compiled, raw);
  const shown = new Map<string, LocalizedText>();
  const lines: CalcLine[] = asked.map((input) => {
    const text = formatAnswer(input, values.get(input.id)!);
    shown.set(input.id, text);
    return { kind: 'input', id: input.id, label: input.label, shown: text };
  });
  for (const input of def.inputs) if (!shown.has(input.id)) shown.set(input.id, formatAnswer(input, values.get(input.id)!));

  const figures = new Map<string, { param: CalcParameter; at: DatedValue }>();
  const unavailable = new Set<string>();
  for (const param of def.parameters) {
    const all = calc.timeline(param);
    const at = inForce(all, asOf);
    if (!at) {
      throw new HttpError(422, 'BEFORE_RULES', `body.asOf: the figure ${param.id} starts on ${all[0]!.from}`, [{ path: 'body.asOf', message: `before ${all[0]!.from}, when ${param.id} starts` }],
        { zh: `这项规定从 ${all[0]!.from} 起才有，请选这天以后的日期`, en: `These rules start on ${all[0]!.from}; choose that day or later` });
    }
    figures.set(param.id, { param, at });
    if (at.value === null) unavailable.add(param.id);
    else if (typeof at.value === 'number') {
      values.set(param.id, at.value);
      shown.set(param.id, formatValue(at.value, param));
    }
  }

  const used = new Set<string>();
  const bandsSeen: LocalizedText[] = [];
  const scope: Scope = {
    value: (n) => values.get(n)!,
    brackets: (n) => figures.get(n)!.at.value as Band[],
    looked: (table, _x, band) => {
      const p = figures.get(table)!.param;
      if (p.kind !== 'brackets') return;
      const b = formatBand(band, p.overUnit, p);
      bandsSeen.push({ zh: `${p.label.zh}：${b.zh}`, en: `${p.label.en}: ${b.en}` });
    },
  };
  const run = (e: Expr, id: string, within: Scope = scope): Value => {
    try {
      return evaluate(e, within);
    } catch (err) {
      if (!(err instanceof ExprError)) throw err;
      throw new HttpError(422, 'CALC_RULE', `body.inputs: step ${id}: ${err.message}`, [{ path: 'body.inputs', message: `step ${id}: ${err.message}` }],
        { zh: '按这些数字算不出结果，请核对后再试，或到窗口咨询', en: 'These figures give no result; please check them, or ask at the window' });
    }
  };

  let eligible = true;
  const ended = new Set<string>();
  for (const step of def.steps) {
    const { main, columns, when } = compiled.steps.get(step.id)!;
    const reads = when ? namesIn(when) : [];
    namesIn(main, reads);
    for (const c of columns ?? []) namesIn(c, reads);
    const lapsed = reads.filter((n) => figures.get(n)?.at.value === null);
    for (const n of lapsed.filter((x) => !ended.has(x))) {
      ended.add(n);
      eligible = false;
      const { param, at } = figures.get(n)!;
      lines.push({ kind: 'check', id: param.id, label: param.label, ok: false, basis: param.basis,
        shown: { zh: `这项规定自 ${at.from} 起已不再执行`, en: `This measure ended on ${at.from}` } });
    }
    if (reads.some((n) => unavailable.has(n)) || (!eligible && step.type !== 'check')) {
      unavailable.add(step.id);
      continue;
    }
    if (when && run(when, step.id) !== true) {
      unavailable.add(step.id);
      continue;
    }
    for (const n of reads) used.add(n);
    if (step.type === 'check') {
      const ok = run(main, step.id) === true;
      values.set(step.id, ok);
      if (!ok) eligible = false;
      lines.push({ kind: 'check', id: step.id, label: step.label, ok, shown: ok ? { zh: '符合', en: 'Met' } : step.fail, ...(step.basis && { basis: step.basis }) });
      continue;
    }
    if (step.type === 'value') {
      bandsSeen.length = 0;
      const value = run(main, step.id);
      values.set(step.id, value);
      const text = formatValue(value, step);
      shown.set(step.id, text);
      const how = step.how && fill(step.how, (n) => (n === 'value' ? text : shown.get(n)));
      lines.push({
        kind: 'value', id: step.id, label: step.label, shown: text, formula: formula(main, scope, text), bands: [...bandsSeen],
        ...(how && { how }), ...(step.basis && { basis: step.basis }),
      });
      continue;
    }
    lines.push(table(step, main, columns!, values, scope, run));
  }

  // The figures in force, after the answers: only those the steps read.
  const figureLines: CalcLine[] = [];
  for (const [id, { param, at }] of figures) {
    if (!used.has(id) && !ended.has(id)) continue;
    const text = at.value === null ? { zh: '已停止执行', en: 'ended' } : typeof at.value === 'number' ? formatValue(at.value, param) : formatTable(at.value, (param as { overUnit: LocalizedText }).overUnit, param);
    figureLines.push({ kind: 'figure', id, label: param.label, shown: text, from: at.from, basis: param.basis, demo: at.demo, source: at.source });
  }
  lines.splice(asked.length, 0, ...figureLines);

  const inUse = [...figures.values()].filter(({ param }) => used.has(param.id) || ended.has(param.id));
  const latest = inUse.map((f) => f.at.from).sort().at(-1);
  const staff = inUse.flatMap((f) => (typeof f.at.source === 'object' ? [`#${f.at.source.figureId}`] : []));
  const headline = eligible
    ? def.steps.flatMap((s) => (s.type === 'value' && s.say && shown.has(s.id) ? [fill(s.say, (n) => (n === 'value' ? shown.get(s.id) : shown.get(n)))] : []))
    : lines.flatMap((l) => (l.kind === 'check' && !l.ok ? [l.shown] : []));
  return {
    flowId: def.id, version: def.version, asOf, eligible, headline, lines,
    values: Object.fromEntries([...values].filter(([k]) => !figures.has(k))),
    ruleVersion: `${def.id} v${def.version}${latest ? ` · figures ${latest}` : ''}${staff.length ? ` (staff ${staff.join(', ')})` : ''}`,
    demo: inUse.some((f) => f.at.demo),
    caveat: def.caveat,
  };
}

/** "min(24, lookup(monthsByYears, years) + unclaimed) = min(24, 18 + 0) = 18 个月": the rule, the numbers, the result. */
function formula(e: Expr, scope: Scope, result: LocalizedText): string {
  const quiet: Scope = { value: scope.value, brackets: scope.brackets };
  const put = (x: Expr): string | null => {
    if (x.t === 'name') {
      const v = scope.value(x.name);
      return typeof v === 'number' ? plainNumber(v, 6) : typeof v === 'string' ? `'${v}'` : String(v);
    }
    return x.t === 'call' && x.fn === 'lookup' ? plainNumber(evaluate(x, quiet) as number, 6) : null;
  };
  const steps = [showExpr(e), showExpr(e, put), result.zh];
  return steps.filter((s, i) => steps.indexOf(s) === i).join(' = ');
}

function table(
  step: Extract<CalculatorFlow['steps'][number], { type: 'table' }>, main: Expr, columns: Expr[], values: Map<string, Value>, scope: Scope,
  run: (e: Expr, id: string, within?: Scope) => Value,
): CalcLine {
  const count = run(main, step.id) as number;
  if (!Number.isInteger(count) || count < 0 || count > MAX_ROWS) throw fieldError(422, 'body.inputs', `step ${step.id}: ${count} rows is not 0 to ${MAX_ROWS}`);
  const rows: LocalizedText[][] = [];
  for (let k = 1; k <= count; k++) {
    const row = new Map<string, Value>([['k', k]]);
    const inner: Scope = { ...scope, value: (n) => (row.has(n) ? row.get(n)! : values.get(n)!) };
    rows.push(step.columns.map((col, j) => {
      const v = run(columns[j]!, step.id, inner);
      row.set(col.id, v);
      return formatValue(v, col);
    }));
  }
  return { kind: 'table', id: step.id, label: step.label, columns: step.columns.map((c) => c.label), rows, ...(step.basis && { basis: step.basis }) };
}

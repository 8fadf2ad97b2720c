import type { LocalizedText } from '../common.ts';
import type { DefinitionIssue } from './base.ts';
import { ExprError, parseExpr, type Expr } from './calc-expr.ts';
import { typeOf, type Band, type ExprType } from './calc-eval.ts';
import type { CalcInput, CalcStep, CalculatorFlow } from './calculator.ts';

/** Names the rules may not use for a step: `eligible` is the whole result, `k` a table's row number. */
const RESERVED = new Set(['eligible', 'k', 'true', 'false', 'and', 'or', 'not']);

/**
 * Why a bracket table cannot be used, or [] when it can: every band starts where the one before it ends, so
 * no value falls in two bands (overlap) or in none between them (gap); only the last may run on without end.
 */
export function bracketIssues(bands: readonly Band[]): string[] {
  const out: string[] = [];
  bands.forEach((b, i) => {
    if (b.to !== null && b.to <= b.from) out.push(`band ${i + 1} ends (${b.to}) where or before it starts (${b.from})`);
    if (b.to === null && i < bands.length - 1) out.push(`band ${i + 1} has no end but is not the last`);
    const prev = bands[i - 1];
    if (!prev || prev.to === null) return;
    if (b.from < prev.to) out.push(`bands ${i} and ${i + 1} overlap: ${b.from} is before ${prev.to}`);
    if (b.from > prev.to) out.push(`bands ${i} and ${i + 1} leave a gap from ${prev.to} to ${b.from}`);
  });
  return out;
}

export function inputType(input: CalcInput): ExprType {
  if (input.type === 'choice') return { text: input.options.map((o) => o.value) };
  return input.type === 'yes-no' ? 'boolean' : 'number';
}

/** The {names} a plain-words template fills in. */
export function placeholders(text: LocalizedText): string[] {
  return [...`${text.zh} ${text.en}`.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]!);
}

type Calc = Pick<CalculatorFlow, 'inputs' | 'parameters' | 'steps' | 'cases'>;

/**
 * The checks a schema cannot express: unique names, every rule readable and well-typed over the names known
 * where it stands, bracket tables without overlap or gap, defaults and cases that fit their inputs.
 */
export function calculatorIssues(calc: Calc): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const names = new Map<string, ExprType>();
  const claim = (id: string, path: (string | number)[], type: ExprType | null) => {
    if (RESERVED.has(id)) issues.push({ path, message: `"${id}" is reserved` });
    else if (names.has(id)) issues.push({ path, message: `"${id}" appears twice` });
    if (type) names.set(id, type);
  };
  const rule = (src: string, path: (string | number)[], scope: ReadonlyMap<string, ExprType>, want?: 'boolean' | 'number'): ExprType | null => {
    try {
      const type = typeOf(parseExpr(src), scope);
      if (want && type !== want) throw new ExprError(`must give a ${want}`);
      return type;
    } catch (err) {
      if (!(err instanceof ExprError)) throw err;
      issues.push({ path, message: `${src}: ${err.message}` });
      return null;
    }
  };
  const template = (text: LocalizedText | undefined, path: (string | number)[], extra: string[] = []) => {
    for (const p of text ? placeholders(text) : []) {
      if (!names.has(p) && !extra.includes(p)) issues.push({ path, message: `{${p}} names nothing known here` });
      if (names.get(p) === 'brackets') issues.push({ path, message: `{${p}} is a table and cannot be filled in` });
    }
  };

  calc.inputs.forEach((input, i) => {
    const at = ['inputs', i];
    if (input.askIf) {
      rule(input.askIf, [...at, 'askIf'], names, 'boolean');
      if (input.otherwise === undefined) issues.push({ path: [...at, 'otherwise'], message: 'an input asked only sometimes needs a value for when it is not asked' });
    } else if (input.otherwise !== undefined) issues.push({ path: [...at, 'otherwise'], message: 'otherwise is for an input with askIf' });
    issues.push(...defaultIssues(input, at));
    claim(input.id, [...at, 'id'], inputType(input));
  });
  calc.parameters.forEach((p, i) => {
    claim(p.id, ['parameters', i, 'id'], p.kind === 'number' ? 'number' : 'brackets');
    if (p.kind !== 'brackets') return;
    p.values.forEach((v, j) => {
      for (const message of v.value ? bracketIssues(v.value) : []) issues.push({ path: ['parameters', i, 'values', j, 'value'], message });
    });
  });
  calc.steps.forEach((step, i) => issues.push(...stepIssues(step, ['steps', i], names, rule, template, claim)));

  const outputs = new Set(calc.steps.filter((s) => s.type !== 'table').map((s) => s.id));
  calc.cases.forEach((c, i) => {
    for (const [id, v] of Object.entries(c.inputs)) {
      const input = calc.inputs.find((x) => x.id === id);
      const want = input ? inputType(input) : null;
      const fits = want === 'number' ? typeof v === 'number' : want === 'boolean' ? typeof v === 'boolean' : want ? typeof v === 'string' && (want as { text: string[] }).text.includes(v) : false;
      if (!fits) issues.push({ path: ['cases', i, 'inputs', id], message: input ? `does not fit the input ${id}` : `no input "${id}"` });
    }
    for (const id of Object.keys(c.expect)) {
      if (id !== 'eligible' && !outputs.has(id)) issues.push({ path: ['cases', i, 'expect', id], message: `no value or check step "${id}"` });
    }
  });
  return issues;
}

function defaultIssues(input: CalcInput, at: (string | number)[]): DefinitionIssue[] {
  return [...valueIssues(input, input.default, [...at, 'default']), ...valueIssues(input, input.otherwise, [...at, 'otherwise'])];
}

function valueIssues(input: CalcInput, d: unknown, path: (string | number)[]): DefinitionIssue[] {
  if (d === undefined) return [];
  const bad = (message: string) => [{ path, message }];
  const type = inputType(input);
  if (typeof d !== (type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string')) return bad(`does not fit a ${input.type} input`);
  if (input.type === 'choice') return input.options.some((o) => o.value === d) ? [] : bad(`"${String(d)}" is not an option`);
  if (input.type === 'number' || input.type === 'money') {
    if (input.min > input.max) return [{ path: [...path.slice(0, -1), 'min'], message: 'min is above max' }];
    if ((d as number) < input.min || (d as number) > input.max) return bad('outside min and max');
  }
  return [];
}

function stepIssues(
  step: CalcStep, at: (string | number)[], names: Map<string, ExprType>,
  rule: (src: string, path: (string | number)[], scope: ReadonlyMap<string, ExprType>, want?: 'boolean' | 'number') => ExprType | null,
  template: (text: LocalizedText | undefined, path: (string | number)[], extra?: string[]) => void,
  claim: (id: string, path: (string | number)[], type: ExprType | null) => void,
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  if (step.when) rule(step.when, [...at, 'when'], names, 'boolean');
  switch (step.type) {
    case 'value': {
      const type = rule(step.expr, [...at, 'expr'], names);
      if (type && type !== 'number' && step.format !== 'number') issues.push({ path: [...at, 'format'], message: `a ${typeof type === 'string' ? type : 'text'} has no ${step.format} format` });
      template(step.how, [...at, 'how'], ['value']);
      template(step.say, [...at, 'say'], ['value']);
      claim(step.id, [...at, 'id'], type);
      break;
    }
    case 'check':
      rule(step.check, [...at, 'check'], names, 'boolean');
      claim(step.id, [...at, 'id'], 'boolean');
      break;
    case 'table': {
      rule(step.rows, [...at, 'rows'], names, 'number');
      const inner = new Map(names).set('k', 'number');
      step.columns.forEach((col, j) => {
        const type = rule(col.expr, [...at, 'columns', j, 'expr'], inner, 'number');
        if (inner.has(col.id)) issues.push({ path: [...at, 'columns', j, 'id'], message: `"${col.id}" is already a name` });
        if (type) inner.set(col.id, type);
      });
      claim(step.id, [...at, 'id'], null);
      break;
    }
  }
  return issues;
}

/** The rules of a definition already checked, parsed once for evaluation. */
export interface CompiledCalc {
  askIf: ReadonlyMap<string, Expr>;
  steps: ReadonlyMap<string, { main: Expr; columns?: Expr[]; when?: Expr }>;
}

export function compileCalculator(calc: Pick<CalculatorFlow, 'inputs' | 'steps'>): CompiledCalc {
  const askIf = new Map<string, Expr>();
  for (const i of calc.inputs) if (i.askIf) askIf.set(i.id, parseExpr(i.askIf));
  const steps = new Map<string, { main: Expr; columns?: Expr[]; when?: Expr }>();
  for (const s of calc.steps) {
    const when = s.when ? { when: parseExpr(s.when) } : {};
    if (s.type === 'value') steps.set(s.id, { main: parseExpr(s.expr), ...when });
    else if (s.type === 'check') steps.set(s.id, { main: parseExpr(s.check), ...when });
    else steps.set(s.id, { main: parseExpr(s.rows), columns: s.columns.map((c) => parseExpr(c.expr)), ...when });
  }
  return { askIf, steps };
}

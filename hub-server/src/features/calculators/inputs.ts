import { evaluate, type CalcInput, type CalculatorFlow, type CompiledCalc, type LocalizedText, type Value } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';

interface Issue {
  path: string;
  message: string;
  text: LocalizedText;
}

/** The inputs as the rules read them: every input has a value (answered, its default, or its `otherwise` when not asked), and which were asked. */
export interface ReadInputs {
  values: Map<string, Value>;
  asked: CalcInput[];
}

function problem(input: CalcInput, raw: unknown): Omit<Issue, 'path'> | null {
  const L = input.label;
  switch (input.type) {
    case 'number':
    case 'money': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return { message: 'must be a number', text: { zh: `“${L.zh}”请填数字`, en: `"${L.en}" needs a number` } };
      if (raw < input.min || raw > input.max) {
        return { message: `must be between ${input.min} and ${input.max}`, text: { zh: `“${L.zh}”应在 ${input.min} 到 ${input.max} 之间`, en: `"${L.en}" must be between ${input.min} and ${input.max}` } };
      }
      const whole = input.type === 'number' && input.integer;
      if (whole && !Number.isInteger(raw)) return { message: 'must be a whole number', text: { zh: `“${L.zh}”请填整数`, en: `"${L.en}" must be a whole number` } };
      if (input.type === 'money' && Math.round(raw * 100) !== raw * 100) return { message: 'at most two decimals', text: { zh: `“${L.zh}”最多到分`, en: `"${L.en}" has at most two decimals` } };
      return null;
    }
    case 'choice':
      return typeof raw === 'string' && input.options.some((o) => o.value === raw)
        ? null
        : { message: `must be one of ${input.options.map((o) => o.value).join(', ')}`, text: { zh: `请在“${L.zh}”的选项中选一个`, en: `Choose one of the options of "${L.en}"` } };
    case 'yes-no':
      return typeof raw === 'boolean' ? null : { message: 'must be true or false', text: { zh: `“${L.zh}”请选是或否`, en: `Answer yes or no to "${L.en}"` } };
  }
}

/**
 * Checks the visitor's answers against the calculator's inputs, in order: an input asked only under a rule
 * over earlier answers takes its `otherwise` when the rule does not hold (its answer, if sent, is dropped). Every
 * problem is named at body.inputs.<id> in one 400, with a sentence for the kiosk.
 */
export function readInputs(def: Pick<CalculatorFlow, 'inputs'>, compiled: CompiledCalc, raw: Record<string, unknown>): ReadInputs {
  const issues: Issue[] = [];
  const values = new Map<string, Value>();
  const asked: CalcInput[] = [];
  for (const key of Object.keys(raw)) {
    if (!def.inputs.some((i) => i.id === key)) issues.push({ path: `body.inputs.${key}`, message: 'unknown input', text: { zh: '计算器没有这一项', en: 'This calculator does not ask that' } });
  }
  for (const input of def.inputs) {
    const rule = compiled.askIf.get(input.id);
    const ask = !rule || evaluate(rule, { value: (n) => values.get(n)!, brackets: () => [] }) === true;
    if (!ask) {
      values.set(input.id, input.otherwise!);
      continue;
    }
    asked.push(input);
    const given = raw[input.id];
    if (given === undefined) {
      if (input.default !== undefined) values.set(input.id, input.default);
      else issues.push({ path: `body.inputs.${input.id}`, message: 'required', text: { zh: `请填写“${input.label.zh}”`, en: `Please answer "${input.label.en}"` } });
      continue;
    }
    const bad = problem(input, given);
    if (bad) issues.push({ path: `body.inputs.${input.id}`, ...bad });
    else values.set(input.id, given as Value);
  }
  if (issues.length) {
    throw new HttpError(400, 'INVALID_INPUT', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues.map(({ path, message }) => ({ path, message })), issues[0]!.text);
  }
  return { values, asked };
}

import { z } from 'zod';
import { LocalizedText, ServiceDay } from '../common.ts';
import { FlowId, LocalId, flowBase } from './base.ts';
import { calculatorIssues } from './calc-check.ts';
import { ChoiceOption } from './fields.ts';

/** One expression of the rule language (calc-expr.ts), checked against the definition's names when loaded. */
export const RuleText = z.string().min(1).max(400);

/** One band of a bracket table: from ≤ x < to gives value; `to: null` runs on without end. */
export const Bracket = z.strictObject({ from: z.number(), to: z.number().nullable(), value: z.number() });
export type Bracket = z.infer<typeof Bracket>;

/** A whole table; checked (calc-check.ts) so that its bands neither overlap nor leave a gap. */
export const BracketTable = z.array(Bracket).min(1).max(20);

const dates = <T extends z.ZodType>(value: T) =>
  z.array(z.strictObject({ from: ServiceDay, value: value.nullable() })).min(1).max(100)
    .refine((v) => v.every((x, i) => i === 0 || v[i - 1]!.from < x.from), 'dates must be strictly ascending');

/** How a value reads: amounts in yuan, a share as a percentage, anything else as a number with its unit. */
export const CalcFormat = z.enum(['amount', 'number', 'percent']);
export type CalcFormat = z.infer<typeof CalcFormat>;

const parameterCommon = {
  id: LocalId,
  label: LocalizedText,
  /** The law, regulation or notice the figure comes from, in plain words with its number and article. */
  basis: LocalizedText,
  /** A city figure written for the demo hall: shown as 演示值 until staff set the real one. */
  demo: z.boolean().default(false),
};

/**
 * A figure the rules read (the monthly benefit, a subsidy per person), with its value from each day it takes
 * effect; null ends it (the measure lapsed). Never edited in place: a change is a new dated value.
 */
export const NumberParameter = z.strictObject({
  ...parameterCommon,
  kind: z.literal('number'),
  format: CalcFormat.default('number'),
  unit: LocalizedText.optional(),
  values: dates(z.number()),
});

/** A table of bands over a number (contribution years → most months of benefit), dated like any figure. */
export const BracketParameter = z.strictObject({
  ...parameterCommon,
  kind: z.literal('brackets'),
  /** What the bands are of, e.g. 累计缴费年限 / years of contributions. */
  over: LocalizedText,
  overUnit: LocalizedText,
  format: CalcFormat.default('number'),
  unit: LocalizedText.optional(),
  values: dates(BracketTable),
});

export const CalcParameter = z.discriminatedUnion('kind', [NumberParameter, BracketParameter]);
export type CalcParameter = z.infer<typeof CalcParameter>;

const inputCommon = {
  id: LocalId,
  label: LocalizedText,
  help: LocalizedText.optional(),
  /** Asked only when this rule over earlier inputs holds; when it does not, the rules read `otherwise`. */
  askIf: RuleText.optional(),
  otherwise: z.union([z.number(), z.string().max(40), z.boolean()]).optional(),
};

/** What the visitor tells the calculator; an input with a default may be left empty (it then counts as the default). */
export const CalcInput = z.discriminatedUnion('type', [
  z.strictObject({ ...inputCommon, type: z.literal('number'), min: z.number().default(0), max: z.number(), integer: z.boolean().default(true), unit: LocalizedText, default: z.number().optional() }),
  z.strictObject({ ...inputCommon, type: z.literal('money'), min: z.number().min(0).default(0), max: z.number().positive(), unit: LocalizedText.optional(), default: z.number().optional() }),
  z.strictObject({ ...inputCommon, type: z.literal('choice'), options: z.array(ChoiceOption).min(2).max(12), default: z.string().optional() }),
  z.strictObject({ ...inputCommon, type: z.literal('yes-no'), default: z.boolean().optional() }),
]);
export type CalcInput = z.infer<typeof CalcInput>;

const stepCommon = {
  id: LocalId,
  label: LocalizedText,
  basis: LocalizedText.optional(),
  /** The step applies only when this rule holds (one branch of a choice); otherwise it is left out, with what reads it. */
  when: RuleText.optional(),
};

/**
 * The rule, step by step, each shown to the visitor as one line of how the result was reached:
 * - value: a figure computed from inputs, parameters and earlier steps. `how` says it in plain words with
 *   {names} filled in; `say` turns a headline result into a sentence ({value} is the step's own value).
 * - check: a condition of eligibility; when false, `fail` says why in plain words, and the amounts after it
 *   are not computed.
 * - table: rows 1…rows (the row number is `k`) of columns, e.g. a repayment schedule.
 */
export const CalcStep = z.discriminatedUnion('type', [
  z.strictObject({
    ...stepCommon, type: z.literal('value'), expr: RuleText, format: CalcFormat.default('number'), unit: LocalizedText.optional(),
    how: LocalizedText.optional(), say: LocalizedText.optional(),
  }),
  z.strictObject({ ...stepCommon, type: z.literal('check'), check: RuleText, fail: LocalizedText }),
  z.strictObject({
    ...stepCommon, type: z.literal('table'), rows: RuleText,
    columns: z.array(z.strictObject({ id: LocalId, label: LocalizedText, expr: RuleText, format: CalcFormat.default('number'), unit: LocalizedText.optional() })).min(1).max(6),
  }),
]);
export type CalcStep = z.infer<typeof CalcStep>;

/**
 * A rule test beside the rule: these inputs, as of this day, with the figures in the file, give these values
 * (`eligible` for the whole; a check's id for that check). Every case runs in npm test.
 */
export const CalcCase = z.strictObject({
  name: z.string().min(1).max(200),
  asOf: ServiceDay,
  inputs: z.record(LocalId, z.union([z.number(), z.string(), z.boolean()])),
  expect: z.record(LocalId, z.union([z.number(), z.boolean()])).refine((e) => Object.keys(e).length > 0, 'expect at least one value'),
});
export type CalcCase = z.infer<typeof CalcCase>;

/** An eligibility and amount calculator (核定…补贴, 失业保险金): inputs, dated parameters, the steps that join them. */
export const CalculatorFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('calculator'),
  intro: LocalizedText.optional(),
  /** What the result does not promise: the window decides; the figures are estimates. */
  caveat: LocalizedText,
  inputs: z.array(CalcInput).min(1).max(12),
  parameters: z.array(CalcParameter).max(30),
  steps: z.array(CalcStep).min(1).max(40),
  cases: z.array(CalcCase).min(1).max(60),
  /** The form flow the result offers as "pre-apply"; without it, the function's own form flow if it has one. */
  preApply: FlowId.optional(),
}).superRefine((calc, ctx) => {
  for (const issue of calculatorIssues(calc)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
export type CalculatorFlow = z.infer<typeof CalculatorFlow>;

import { z } from 'zod';
import { LocalizedText, ServiceDay, Slug } from '../common.ts';
import { LocalId, flowBase } from './base.ts';
import { SimpleField } from './fields.ts';

/** A parameter's value from the day it takes effect; null ends the parameter (the rule no longer applies). */
export const DatedValue = z.strictObject({ from: ServiceDay, value: z.number().nullable() });

/**
 * A figure a calculation reads (the monthly benefit, a subsidy per person), never edited in place: a new value
 * is a new dated entry. `demo` marks a city figure written for the demo hall, to be set by staff.
 */
export const CalcParameter = z.strictObject({
  id: LocalId,
  label: LocalizedText,
  unit: LocalizedText,
  basis: LocalizedText,
  demo: z.boolean().default(false),
  values: z.array(DatedValue).min(1).refine((v) => v.every((x, i) => i === 0 || v[i - 1]!.from < x.from), 'dates must be strictly ascending'),
});

/** A rule test beside the rule: these inputs, as of this day, give these results. Run by npm test. */
export const CalcCase = z.strictObject({
  name: z.string().min(1),
  asOf: ServiceDay,
  inputs: z.record(LocalId, z.union([z.number(), z.string(), z.boolean()])),
  expect: z.record(LocalId, z.number()),
});

/** An eligibility and amount calculator (核定…补贴, 失业保险金): inputs, dated parameters, the rule that joins them. */
export const CalculatorFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('calculator'),
  intro: LocalizedText.optional(),
  /** The rule implementation that computes the result from the inputs and the parameters. */
  rules: Slug,
  inputs: z.array(SimpleField).min(1).max(12),
  parameters: z.array(CalcParameter).min(1),
  cases: z.array(CalcCase).default([]),
}).superRefine((calc, ctx) => {
  const ids = [...calc.inputs.map((i) => i.id), ...calc.parameters.map((p) => p.id)];
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: i < calc.inputs.length ? ['inputs', i, 'id'] : ['parameters', i - calc.inputs.length, 'id'], message: `"${id}" appears twice` });
  });
});
export type CalculatorFlow = z.infer<typeof CalculatorFlow>;

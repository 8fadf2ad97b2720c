import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, Slug } from './common.ts';
import { FlowId, LocalId } from './flows/base.ts';
import { BracketTable } from './flows/calculator.ts';

export const CalcParams = z.strictObject({ flowId: FlowId });

/** An answer as the visitor gave it: a number, a choice's value, or yes/no. */
export const CalcAnswer = z.union([z.number(), z.string().max(40), z.boolean()]);

/**
 * POST /api/calculators/:flowId. The inputs are checked against the definition (a wrong one is a 400 naming
 * body.inputs.<id>); `asOf` computes under the rules in force that day (default: today in the hall).
 */
export const CalcBody = z.strictObject({
  inputs: z.record(z.string().max(40), CalcAnswer),
  asOf: ServiceDay.optional(),
});
export type CalcBody = z.infer<typeof CalcBody>;

/** The same, printed as a result slip on a kiosk's printer (computed again: the slip never copies the screen). */
export const CalcPrintBody = CalcBody.extend({ kioskId: Slug });

/** Where a figure in force came from: the definition in content, or a value staff entered (its id). */
export const FigureSource = z.union([z.literal('content'), z.strictObject({ figureId: z.number().int() })]);
export type FigureSource = z.infer<typeof FigureSource>;

/**
 * One line of how the result was reached, in reading order: what the visitor said, the figures in force
 * (with the day each took effect and its basis), each check passed or failed, each value with how it came.
 */
export const CalcLine = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('input'), id: LocalId, label: LocalizedText, shown: LocalizedText }),
  z.strictObject({
    kind: z.literal('figure'), id: LocalId, label: LocalizedText, shown: LocalizedText, from: ServiceDay, basis: LocalizedText,
    demo: z.boolean(), source: FigureSource,
  }),
  z.strictObject({ kind: z.literal('check'), id: LocalId, label: LocalizedText, ok: z.boolean(), shown: LocalizedText, basis: LocalizedText.optional() }),
  z.strictObject({
    kind: z.literal('value'), id: LocalId, label: LocalizedText, shown: LocalizedText,
    /** The step in plain words, its names filled in. */
    how: LocalizedText.optional(),
    /** The rule as written, then with the numbers put in: for whoever checks the arithmetic. */
    formula: z.string(),
    /** The band of each table the step read. */
    bands: z.array(LocalizedText),
    basis: LocalizedText.optional(),
  }),
  z.strictObject({ kind: z.literal('table'), id: LocalId, label: LocalizedText, columns: z.array(LocalizedText), rows: z.array(z.array(LocalizedText)), basis: LocalizedText.optional() }),
]);
export type CalcLine = z.infer<typeof CalcLine>;

export const CalcResult = z.strictObject({
  flowId: FlowId,
  asOf: ServiceDay,
  eligible: z.boolean(),
  /** The result in plain words: what the visitor may get, or why not. */
  headline: z.array(LocalizedText),
  lines: z.array(CalcLine),
  /** Every value and check by id, for tests and for whoever reads the API. */
  values: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])),
  /**
   * Which rules: the definition's id and version and the figures in force, e.g.
   * "unemployment-benefit v1 · figures 2025-07-01 (staff #3)". The same text is printed on the slip.
   */
  ruleVersion: z.string(),
  version: z.number().int(),
  /** Some figure used is a demo value, not the city's. */
  demo: z.boolean(),
  caveat: LocalizedText,
});
export type CalcResult = z.infer<typeof CalcResult>;

/** A figure's value: a number, a bracket table, or null when the measure ends that day. */
export const FigureValue = z.union([z.number(), BracketTable, z.null()]);
export type FigureValue = z.infer<typeof FigureValue>;

export const FigureState = z.enum(['proposed', 'approved', 'rejected']);

/** A value staff entered for a calculator's parameter from a day on: proposed, then approved or rejected. */
export const CalcFigure = z.strictObject({
  id: z.number().int(),
  flowId: FlowId,
  parameterId: LocalId,
  from: ServiceDay,
  value: FigureValue,
  /** Where the figure comes from (the notice and its number) and why it changes. */
  note: z.string(),
  state: FigureState,
  proposedBy: z.string(),
  proposedAt: IsoTime,
  decidedBy: z.string().nullable(),
  decidedAt: IsoTime.nullable(),
  reason: z.string().nullable(),
});
export type CalcFigure = z.infer<typeof CalcFigure>;

export const ProposeFigureBody = z.strictObject({
  flowId: FlowId,
  parameterId: LocalId,
  from: ServiceDay,
  value: FigureValue,
  note: z.string().trim().min(4).max(500),
});

export const DecideFigureBody = z.strictObject({ approve: z.boolean(), reason: z.string().trim().min(2).max(500).optional() });
export const FigureParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** A parameter as staff see it: every dated value, from content and from staff, and which is in force today. */
export const ParameterView = z.strictObject({
  id: LocalId,
  label: LocalizedText,
  kind: z.enum(['number', 'brackets']),
  basis: LocalizedText,
  demo: z.boolean(),
  unit: LocalizedText.nullable(),
  over: LocalizedText.nullable(),
  values: z.array(z.strictObject({ from: ServiceDay, value: FigureValue, source: FigureSource, inForce: z.boolean() })),
});

export const CalculatorFigures = z.strictObject({
  flowId: FlowId,
  title: LocalizedText,
  functions: z.array(z.string()),
  parameters: z.array(ParameterView),
  figures: z.array(CalcFigure),
});
export type CalculatorFigures = z.infer<typeof CalculatorFigures>;

import { z } from 'zod';
import { LocalizedText, ServiceId } from '../common.ts';
import type { FlowKind } from '../content.ts';
import { AssessmentFlow } from './assessment.ts';
import { FlowBase, FlowId, type FlowKindName } from './base.ts';
import { BlankFormsFlow } from './blank-forms.ts';
import { BookingFlow } from './booking.ts';
import { CalculatorFlow } from './calculator.ts';
import { CaseFlow } from './case.ts';
import { CatalogueFlow } from './catalogue.ts';
import { CvFlow } from './cv.ts';
import { FormFlow } from './form.ts';
import { ScreenFlow } from './screen.ts';
import { StatusFlow } from './status.ts';
import { WayfindingFlow } from './wayfinding.ts';

export * from './base.ts';
export * from './fields.ts';
export * from './conditions.ts';
export * from './form.ts';
export * from './form-logic.ts';
export * from './form-check.ts';
export * from './form-display.ts';
export * from './status.ts';
export * from './calculator.ts';
export * from './calc-expr.ts';
export * from './calc-eval.ts';
export * from './calc-check.ts';
export * from './assessment.ts';
export * from './booking.ts';
export * from './booking-check.ts';
export * from './catalogue.ts';
export * from './catalogue-finder.ts';
export * from './case.ts';
export * from './cv.ts';
export * from './cv-document.ts';
export * from './wayfinding.ts';
export * from './blank-forms.ts';
export * from './screen.ts';

/**
 * content/flows/<id>.json: one flow a handbook function offers at the kiosk, of one kind. A new kind is a
 * file beside this one and an entry here (and in FLOW_SERVES); a new flow of a known kind is content only.
 */
export const FlowDefinition = z.discriminatedUnion('kind', [
  FormFlow, StatusFlow, CalculatorFlow, AssessmentFlow, BookingFlow, CatalogueFlow, CaseFlow, CvFlow, WayfindingFlow, BlankFormsFlow, ScreenFlow,
]);
export type FlowDefinition = z.infer<typeof FlowDefinition>;

/**
 * Which of a function's declared flows (content/services.json `flows`) a definition of each kind fulfils.
 * A screen says so itself (`serves`): it may be a search, a form or a booking.
 */
export const FLOW_SERVES: Readonly<Record<Exclude<FlowKindName, 'screen'>, readonly FlowKind[]>> = {
  form: ['form'],
  status: ['status'],
  calculator: ['calc'],
  assessment: ['assess'],
  booking: ['booking'],
  catalogue: ['search'],
  case: ['status'],
  cv: ['assess'],
  wayfinding: ['info'],
  'blank-forms': ['form'],
};

export function servesOf(def: FlowDefinition): readonly FlowKind[] {
  return def.kind === 'screen' ? def.serves : FLOW_SERVES[def.kind];
}

/**
 * A flow as a service page lists it: enough for its button, and for a screen the route it opens, so the kiosk
 * can route to it without asking again. The whole definition is GET /api/flows/:id.
 */
export const FlowSummary = FlowBase.extend({
  serves: z.array(z.string()),
  screen: ScreenFlow.pick({ open: true, start: true, preset: true }).nullable(),
});
export type FlowSummary = z.infer<typeof FlowSummary>;

export function summaryOf(def: FlowDefinition): FlowSummary {
  const { id, kind, functions, label, title, version } = def;
  return {
    id, kind, functions, label, title, version, serves: [...servesOf(def)],
    screen: def.kind === 'screen' ? { open: def.open, start: def.start, preset: def.preset } : null,
  };
}

export const FlowListQuery = z.strictObject({ service: ServiceId.optional() });
export const FlowParams = z.strictObject({ id: FlowId });

/** Every bilingual text inside a definition, with the path where it sits: the zh/en check walks these. */
export function localizedTexts(value: unknown, path: (string | number)[] = []): Array<{ path: (string | number)[]; text: LocalizedText }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && 'zh' in value && 'en' in value) return [{ path, text: value as LocalizedText }];
  return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, [...path, k]));
}

import { z } from 'zod';
import { LocalizedText, Slug } from '../common.ts';
import { LocalId, flowBase, type DefinitionIssue } from './base.ts';
import { Condition, conditionCycles, conditionField, conditionRefs } from './conditions.ts';
import { ConditionName, Field, type SimpleField } from './fields.ts';

/** One screen of a form: a heading and its questions; a page whose condition fails is skipped whole. */
export const FormPage = z.strictObject({
  id: LocalId,
  title: LocalizedText,
  intro: LocalizedText.optional(),
  visibleIf: ConditionName.optional(),
  fields: z.array(Field).min(1).max(20),
});
export type FormPage = z.infer<typeof FormPage>;

/** What the result screen and the slip tell the applicant: what happens next, where, what to bring. */
export const FormOutcome = z.strictObject({
  /** The queue line whose window finishes the application: the result screen offers its ticket. */
  queue: Slug.optional(),
  nextSteps: z.array(LocalizedText).min(1),
  bring: z.array(LocalizedText).default([]),
  /** How long the office takes to decide, e.g. "5 个工作日内" / "within 5 working days". */
  timeLimit: LocalizedText,
});
export type FormOutcome = z.infer<typeof FormOutcome>;

export const FormFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('form'),
  intro: LocalizedText.optional(),
  conditions: z.record(ConditionName, Condition).default({}),
  pages: z.array(FormPage).min(1).max(12),
  /** Offer "save and continue later" (a one-time code that expires). */
  saveForLater: z.boolean().default(true),
  outcome: FormOutcome,
}).superRefine((form, ctx) => {
  for (const issue of formIssues(form)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
export type FormFlow = z.infer<typeof FormFlow>;

/** Every field of a form with where it sits, groups' own fields included. */
export function formFields(form: Pick<FormFlow, 'pages'>): Array<{ field: Field | SimpleField; path: (string | number)[]; group: string | null; page: FormPage }> {
  return form.pages.flatMap((page, p) => page.fields.flatMap((field, f) => {
    const path = ['pages', p, 'fields', f];
    const own = { field, path, group: null, page };
    if (field.type !== 'group') return [own];
    return [own, ...field.fields.map((inner, i) => ({ field: inner, path: [...path, 'fields', i], group: field.id, page }))];
  }));
}

/** The checks a schema cannot express: names that exist, conditions that fit their fields, no cycles. */
function formIssues(form: { pages: FormPage[]; conditions: Record<string, Condition> }): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const all = formFields(form);
  const top = new Map(all.filter((x) => !x.group).map((x) => [x.field.id, x]));
  const seen = new Set<string>();
  for (const { field, path } of all) {
    if (seen.has(field.id)) issues.push({ path: [...path, 'id'], message: `field "${field.id}" appears twice` });
    seen.add(field.id);
  }
  const pageIds = new Set<string>();
  form.pages.forEach((p, i) => {
    if (pageIds.has(p.id)) issues.push({ path: ['pages', i, 'id'], message: `page "${p.id}" appears twice` });
    pageIds.add(p.id);
  });

  const known = (name: string | boolean | undefined, path: (string | number)[]) => {
    if (typeof name === 'string' && !form.conditions[name]) issues.push({ path, message: `no condition named "${name}"` });
  };
  form.pages.forEach((p, i) => known(p.visibleIf, ['pages', i, 'visibleIf']));
  for (const { field, path, group } of all) {
    known(field.visibleIf, [...path, 'visibleIf']);
    known(field.required, [...path, 'required']);
    if (group && (field.visibleIf || typeof field.required === 'string')) {
      issues.push({ path: [...path, 'visibleIf'], message: 'fields inside a group cannot have conditions' });
    }
    issues.push(...fieldIssues(field, path));
  }

  for (const [name, c] of Object.entries(form.conditions)) {
    const at = ['conditions', name];
    for (const ref of conditionRefs(c)) known(ref, at);
    const fieldId = conditionField(c);
    if (fieldId === null) continue;
    const target = top.get(fieldId);
    if (!target) {
      issues.push({ path: [...at, 'field'], message: all.some((x) => x.field.id === fieldId) ? `"${fieldId}" is inside a group` : `no field "${fieldId}"` });
      continue;
    }
    const problem = conditionMismatch(c, target.field);
    if (problem) issues.push({ path: at, message: problem });
  }

  const visibility = new Map(all.filter((x) => !x.group).map((x) => [x.field.id, [x.field.visibleIf, x.page.visibleIf].filter((v): v is string => !!v)]));
  issues.push(...conditionCycles(form.conditions, visibility));

  for (const source of ['id-number', 'name'] as const) {
    const filled = all.filter((x) => x.field.type === source && 'fillFrom' in x.field && x.field.fillFrom);
    if (filled.length > 1) issues.push({ path: [...filled[1]!.path, 'fillFrom'], message: `only one ${source} field can be filled from the card` });
  }
  return issues;
}

function fieldIssues(field: Field | SimpleField, path: (string | number)[]): DefinitionIssue[] {
  const out: DefinitionIssue[] = [];
  switch (field.type) {
    case 'text':
      if (field.minLength > field.maxLength) out.push({ path: [...path, 'minLength'], message: 'minLength is above maxLength' });
      break;
    case 'number':
    case 'money':
      if (field.min > field.max) out.push({ path: [...path, 'min'], message: 'min is above max' });
      break;
    case 'choice': {
      const values = field.options.map((o) => o.value);
      if (new Set(values).size !== values.length) out.push({ path: [...path, 'options'], message: 'option values must be unique' });
      if (field.maxSelected !== undefined && !field.multiple) out.push({ path: [...path, 'maxSelected'], message: 'maxSelected needs multiple: true' });
      break;
    }
    case 'checklist': {
      const values = field.items.map((o) => o.value);
      if (new Set(values).size !== values.length) out.push({ path: [...path, 'items'], message: 'item values must be unique' });
      break;
    }
    case 'group':
      if (field.min > field.max) out.push({ path: [...path, 'min'], message: 'min is above max' });
      break;
  }
  return out;
}

/** Why a condition cannot be true of its field's answers, or null when it fits. */
function conditionMismatch(c: Condition, field: Field | SimpleField): string | null {
  if ('equals' in c) {
    if (field.type === 'yes-no') return typeof c.equals === 'boolean' ? null : `"${field.id}" is yes/no: equals must be true or false`;
    if (field.type === 'choice') return field.options.some((o) => o.value === c.equals) ? null : `"${String(c.equals)}" is not an option of "${field.id}"`;
    if (field.type === 'number' || field.type === 'money') return typeof c.equals === 'number' ? null : `"${field.id}" is a number`;
    return null;
  }
  if ('oneOf' in c) {
    const values = field.type === 'choice' ? field.options.map((o) => o.value) : field.type === 'checklist' ? field.items.map((i) => i.value) : null;
    if (!values) return `oneOf needs a choice or checklist field; "${field.id}" is ${field.type}`;
    const bad = c.oneOf.find((v) => !values.includes(String(v)));
    return bad === undefined ? null : `"${bad}" is not an option of "${field.id}"`;
  }
  if ('atLeast' in c || 'atMost' in c) {
    return ['number', 'money', 'group'].includes(field.type) ? null : `atLeast/atMost need a number, amount or group; "${field.id}" is ${field.type}`;
  }
  return null;
}

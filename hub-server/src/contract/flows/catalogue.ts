import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { FlowId, LocalId, flowBase, type DefinitionIssue } from './base.ts';
import { Condition, conditionCycles, conditionField, conditionRefs } from './conditions.ts';
import { ChoiceField, ChoiceOption, ConditionName, YesNoField } from './fields.ts';

/**
 * Where a catalogue's entries come from: the policy library and the courses (content the publishing
 * channels also publish), training providers and community service points (content/catalogues), the start-up
 * project bank, the licensed agencies among the employer accounts, and the 89 functions' service guides.
 */
export const CatalogueSource = z.enum(['policies', 'courses', 'providers', 'projects', 'service-points', 'agencies', 'guides']);
export type CatalogueSource = z.infer<typeof CatalogueSource>;

/** A row of filter chips over one facet of the entries (district, who it is for, kind). */
export const CatalogueFilter = z.strictObject({ facet: LocalId, label: LocalizedText, options: z.array(ChoiceOption).min(2) });
export type CatalogueFilter = z.infer<typeof CatalogueFilter>;

/**
 * "Which policies apply to me": a few questions tapped, named conditions over the answers (as a form's), and
 * for each entry the condition under which it applies with the reason shown beside it.
 */
export const CatalogueFinder = z.strictObject({
  intro: LocalizedText.optional(),
  questions: z.array(z.discriminatedUnion('type', [ChoiceField, YesNoField])).min(1).max(8),
  conditions: z.record(ConditionName, Condition).default({}),
  rules: z.array(z.strictObject({ entry: z.string().min(1).max(40), when: ConditionName, because: LocalizedText })).min(1),
});
export type CatalogueFinder = z.infer<typeof CatalogueFinder>;

/** Browsing a catalogue with filters, signing up for an entry, and for policies a finder and a printed summary. */
export const CatalogueFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('catalogue'),
  intro: LocalizedText.optional(),
  source: CatalogueSource,
  /** Facet values this flow is fixed to (the orientation courses among all courses; dispatch agencies). */
  preset: z.record(LocalId, z.string().min(1).max(40)).default({}),
  filters: z.array(CatalogueFilter).max(4).default([]),
  /** A form or booking flow an entry is signed up with. */
  signUp: FlowId.optional(),
  finder: CatalogueFinder.optional(),
  /** Entries can be printed as a summary slip at the kiosk. */
  print: z.boolean().default(false),
  /** A search field, typed on the kiosk's keyboard, narrowing the entries to those whose words contain it. */
  search: z.boolean().default(false),
}).superRefine((c, ctx) => {
  if (c.finder && c.source !== 'policies') ctx.addIssue({ code: 'custom', path: ['finder'], message: 'a finder works over policies' });
  for (const issue of c.finder ? finderIssues(c.finder) : []) ctx.addIssue({ code: 'custom', path: ['finder', ...issue.path], message: issue.message });
});
export type CatalogueFlow = z.infer<typeof CatalogueFlow>;

/** Names that exist, conditions that read questions, no cycles: a finder's own checks. */
function finderIssues(f: CatalogueFinder): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const questions = new Map(f.questions.map((q) => [q.id, q]));
  if (questions.size !== f.questions.length) issues.push({ path: ['questions'], message: 'question ids must be unique' });
  for (const [name, c] of Object.entries(f.conditions)) {
    for (const ref of conditionRefs(c)) if (!f.conditions[ref]) issues.push({ path: ['conditions', name], message: `no condition named "${ref}"` });
    const field = conditionField(c);
    const q = field ? questions.get(field) : undefined;
    if (field && !q) issues.push({ path: ['conditions', name, 'field'], message: `no question "${field}"` });
    if (q && 'oneOf' in c && q.type === 'choice') {
      const bad = c.oneOf.find((v) => !q.options.some((o) => o.value === String(v)));
      if (bad !== undefined) issues.push({ path: ['conditions', name], message: `"${bad}" is not an option of "${q.id}"` });
    }
    if (q && 'equals' in c && q.type === 'choice' && !q.options.some((o) => o.value === c.equals)) {
      issues.push({ path: ['conditions', name], message: `"${String(c.equals)}" is not an option of "${q.id}"` });
    }
  }
  issues.push(...conditionCycles(f.conditions, new Map()).map((i) => ({ ...i })));
  f.rules.forEach((r, i) => {
    if (!f.conditions[r.when]) issues.push({ path: ['rules', i, 'when'], message: `no condition named "${r.when}"` });
  });
  return issues;
}

import { z } from 'zod';
import { ConditionName } from './fields.ts';
import { LocalId, type DefinitionIssue } from './base.ts';

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * A named condition of a form. It looks at one answer, or combines other named conditions by name, so a
 * rule such as "employed and not insured" is written once and read as words. A hidden field counts as
 * unanswered, so a condition on it is false (or true under `not`).
 */
export const Condition = z.union([
  /** The answer is this value (a choice's value, a yes/no, a number). */
  z.strictObject({ field: LocalId, equals: Scalar }),
  /** The answer is one of these (single choice), or any of them is chosen (multiple choice, checklist). */
  z.strictObject({ field: LocalId, oneOf: z.array(z.union([z.string(), z.number()])).min(1) }),
  /** The question was answered (true) or left empty (false); for a group, whether it has any entry. */
  z.strictObject({ field: LocalId, answered: z.boolean() }),
  /** A number or amount within bounds; for a group, its number of entries. */
  z.strictObject({ field: LocalId, atLeast: z.number().optional(), atMost: z.number().optional() })
    .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, 'give atLeast, atMost or both'),
  z.strictObject({ all: z.array(ConditionName).min(1) }),
  z.strictObject({ any: z.array(ConditionName).min(1) }),
  z.strictObject({ not: ConditionName }),
]);
export type Condition = z.infer<typeof Condition>;

export type ConditionMap = Record<string, Condition>;

/** The named conditions a condition refers to directly. */
export function conditionRefs(c: Condition): string[] {
  if ('all' in c) return c.all;
  if ('any' in c) return c.any;
  if ('not' in c) return [c.not];
  return [];
}

/** The field a condition reads directly, if any. */
export function conditionField(c: Condition): string | null {
  return 'field' in c ? c.field : null;
}

/**
 * Refuses conditions that depend on themselves, directly or through fields: a condition that reads a field
 * depends on that field's own `visibleIf` (a hidden field is unanswered). `visibility` maps a field to its
 * conditions (its own and its page's). Each cycle is reported once, at the condition where it was found, spelled out.
 */
export function conditionCycles(conditions: ConditionMap, visibility: ReadonlyMap<string, readonly string[]>): DefinitionIssue[] {
  const edges = (name: string): string[] => {
    const c = conditions[name];
    if (!c) return [];
    const field = conditionField(c);
    return [...conditionRefs(c), ...(field ? visibility.get(field) ?? [] : [])];
  };
  const issues: DefinitionIssue[] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (name: string) => {
    const at = onPath.indexOf(name);
    if (at >= 0) {
      issues.push({ path: ['conditions', onPath[at]!], message: `condition cycle: ${[...onPath.slice(at), name].join(' → ')}` });
      return;
    }
    if (done.has(name)) return;
    onPath.push(name);
    for (const next of edges(name)) visit(next);
    onPath.pop();
    done.add(name);
  };
  for (const name of Object.keys(conditions)) visit(name);
  return issues;
}

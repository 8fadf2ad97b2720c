import { z } from 'zod';
import type { Condition } from './conditions.ts';
import type { Field, SimpleField } from './fields.ts';
import type { FormFlow, FormPage } from './form.ts';
import { LocalId } from './base.ts';

const Scalar = z.union([z.string().max(2000), z.number().finite(), z.boolean(), z.array(z.string().max(60)).max(40)]);

/** One answer: a text, a number, a yes/no, the values chosen, or a group's entries (each its own answers). */
export const AnswerValue = z.union([Scalar, z.array(z.record(LocalId, Scalar)).max(50)]);
export type AnswerValue = z.infer<typeof AnswerValue>;
export type ScalarAnswer = z.infer<typeof Scalar>;

/** A form's answers by field id; what the kiosk sends and the hub stores (personal ones sealed). */
export const Answers = z.record(LocalId, AnswerValue).refine((a) => Object.keys(a).length <= 200, 'too many answers');
export type Answers = z.infer<typeof Answers>;

export function isEmpty(v: AnswerValue | undefined): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/**
 * The named conditions of a form over some answers, each worked out once. A field hidden by its own or its
 * page's condition counts as unanswered (the meta-schema refuses cycles, so this always ends).
 */
export class FormState {
  private readonly memo = new Map<string, boolean>();
  private readonly fields = new Map<string, { field: Field; page: FormPage }>();

  constructor(readonly form: Pick<FormFlow, 'pages' | 'conditions'>, readonly answers: Answers) {
    for (const page of form.pages) for (const field of page.fields) this.fields.set(field.id, { field, page });
  }

  holds(name: string): boolean {
    const known = this.memo.get(name);
    if (known !== undefined) return known;
    const c = this.form.conditions[name];
    const value = c ? this.test(c) : false;
    this.memo.set(name, value);
    return value;
  }

  pageShown(page: FormPage): boolean {
    return !page.visibleIf || this.holds(page.visibleIf);
  }

  /** A top-level field is shown when its page is and its own condition holds. */
  shown(field: Field | SimpleField): boolean {
    const at = this.fields.get(field.id);
    if (at && !this.pageShown(at.page)) return false;
    return !field.visibleIf || this.holds(field.visibleIf);
  }

  required(field: Field | SimpleField): boolean {
    return typeof field.required === 'string' ? this.holds(field.required) : field.required;
  }

  pages(): FormPage[] {
    return this.form.pages.filter((p) => this.pageShown(p));
  }

  /** The answer as conditions see it: nothing when the field is hidden. */
  value(fieldId: string): AnswerValue | undefined {
    const at = this.fields.get(fieldId);
    if (!at || !this.shown(at.field)) return undefined;
    return this.answers[fieldId];
  }

  private test(c: Condition): boolean {
    if ('all' in c) return c.all.every((n) => this.holds(n));
    if ('any' in c) return c.any.some((n) => this.holds(n));
    if ('not' in c) return !this.holds(c.not);
    const v = this.value(c.field);
    if ('answered' in c) return isEmpty(v) !== c.answered;
    if (isEmpty(v)) return false;
    if ('equals' in c) return v === c.equals;
    if ('oneOf' in c) return Array.isArray(v) ? v.some((x) => typeof x === 'string' && c.oneOf.includes(x)) : c.oneOf.includes(v as string | number);
    const n = Array.isArray(v) ? v.length : typeof v === 'number' ? v : NaN;
    if (Number.isNaN(n)) return false;
    return (c.atLeast === undefined || n >= c.atLeast) && (c.atMost === undefined || n <= c.atMost);
  }
}


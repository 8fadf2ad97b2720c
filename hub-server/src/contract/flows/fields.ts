import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { LocalId } from './base.ts';

/**
 * Personal answers, by what they reveal: who someone is, their health, their income, how to reach them.
 * Every tagged answer is sealed at rest (the identity vault) and masked on screens, slips and staff lists.
 */
export const PersonalTag = z.enum(['identity', 'health', 'income', 'contact']);
export type PersonalTag = z.infer<typeof PersonalTag>;

/** A named condition of the same definition (see conditions.ts). */
export const ConditionName = LocalId;

const common = {
  id: LocalId,
  label: LocalizedText,
  /** A plain sentence under the question: what is meant, where to find it. */
  help: LocalizedText.optional(),
  /** true, false, or the name of a condition under which an answer is needed. */
  required: z.union([z.boolean(), ConditionName]).default(false),
  /** Shown only while this condition holds; a hidden field's answer is dropped. */
  visibleIf: ConditionName.optional(),
  personal: PersonalTag.optional(),
};

/** Must match for the answer to pass, with the sentence the visitor reads when it does not. */
export const TextPattern = z.strictObject({
  regex: z.string().min(1).refine((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
  message: LocalizedText,
});

export const TextField = z.strictObject({
  ...common,
  type: z.literal('text'),
  /** Several lines (a description); the keyboard then offers punctuation. */
  multiline: z.boolean().default(false),
  minLength: z.number().int().min(0).max(2000).default(0),
  maxLength: z.number().int().min(1).max(2000).default(60),
  pattern: TextPattern.optional(),
  /** Stored in capitals (codes printed in capitals, typed on a keyboard of small letters). */
  upperCase: z.boolean().default(false),
});

export const NumberField = z.strictObject({
  ...common,
  type: z.literal('number'),
  min: z.number().default(0),
  max: z.number(),
  integer: z.boolean().default(true),
  unit: LocalizedText.optional(),
});

/** An amount of money in yuan, at most two decimals. */
export const MoneyField = z.strictObject({
  ...common,
  type: z.literal('money'),
  min: z.number().min(0).default(0),
  max: z.number().positive(),
});

export const DateField = z.strictObject({
  ...common,
  type: z.literal('date'),
  /** "month" asks for YYYY-MM only (since when, which month). */
  precision: z.enum(['day', 'month']).default('day'),
  /** past: today or earlier; future: today or later. Judged in the hall's time zone. */
  range: z.enum(['any', 'past', 'future']).default('any'),
});

export const ChoiceOption = z.strictObject({
  value: z.string().min(1).max(40).regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  label: LocalizedText,
});

export const ChoiceField = z.strictObject({
  ...common,
  type: z.literal('choice'),
  options: z.array(ChoiceOption).min(2).max(40),
  multiple: z.boolean().default(false),
  /** chips: a wrap of short buttons; list: one full-width button a line (longer options). */
  display: z.enum(['chips', 'list']).default('list'),
  /** For multiple choice: how many may be chosen at most (default all). */
  maxSelected: z.number().int().min(1).optional(),
});

export const YesNoField = z.strictObject({ ...common, type: z.literal('yes-no') });

/** A PRC resident ID number, checked by GB 11643 (date of birth and check digit); can be read from the card. */
export const IdNumberField = z.strictObject({
  ...common,
  type: z.literal('id-number'),
  personal: z.literal('identity').default('identity'),
  fillFrom: z.literal('card').optional(),
});

/** A mainland mobile number (11 digits, 1[3-9]…), what SMS and call-backs need. */
export const PhoneField = z.strictObject({
  ...common,
  type: z.literal('phone'),
  personal: z.enum(['contact', 'identity']).default('contact'),
});

/** A person's name as on the ID card; can be read from the card. */
export const NameField = z.strictObject({
  ...common,
  type: z.literal('name'),
  personal: z.literal('identity').default('identity'),
  fillFrom: z.literal('card').optional(),
});

export const ChecklistItem = z.strictObject({
  value: ChoiceOption.shape.value,
  label: LocalizedText,
  help: LocalizedText.optional(),
  /** The form cannot go on until this is ticked (a clause a contract must have). */
  mustTick: z.boolean().default(true),
});

/** Things to confirm one by one (the clauses of a labour contract, the papers in hand). */
export const ChecklistField = z.strictObject({
  ...common,
  type: z.literal('checklist'),
  items: z.array(ChecklistItem).min(1).max(30),
});

export const SimpleField = z.discriminatedUnion('type', [
  TextField, NumberField, MoneyField, DateField, ChoiceField, YesNoField, IdNumberField, PhoneField, NameField, ChecklistField,
]);
export type SimpleField = z.infer<typeof SimpleField>;

/**
 * The same questions asked once per person or item (several workers in one dismissal filing). A group's
 * fields cannot hold groups; conditions inside a group are not supported, so every item asks the same.
 */
export const GroupField = z.strictObject({
  id: LocalId,
  type: z.literal('group'),
  label: LocalizedText,
  help: LocalizedText.optional(),
  /** What one entry is called: "员工" / "employee". */
  itemLabel: LocalizedText,
  fields: z.array(SimpleField).min(1).max(20),
  min: z.number().int().min(0).default(1),
  max: z.number().int().min(1).max(50).default(10),
  required: z.union([z.boolean(), ConditionName]).default(true),
  visibleIf: ConditionName.optional(),
});
export type GroupField = z.infer<typeof GroupField>;

export const Field = z.discriminatedUnion('type', [
  TextField, NumberField, MoneyField, DateField, ChoiceField, YesNoField, IdNumberField, PhoneField, NameField, ChecklistField, GroupField,
]);
export type Field = z.infer<typeof Field>;
export type FieldType = Field['type'];

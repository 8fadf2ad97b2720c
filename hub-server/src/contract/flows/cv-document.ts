import { z } from 'zod';
import type { Lang, LocalizedText } from '../common.ts';
import { maskName, maskPhone } from '../id-number.ts';
import { LocalId } from './base.ts';
import type { CvFlow } from './cv.ts';
import { fieldProblem, type AnswerIssue } from './form-check.ts';
import { showAnswer } from './form-display.ts';
import { isEmpty, type ScalarAnswer } from './form-logic.ts';

const Scalar = z.union([z.string().max(2000), z.number(), z.boolean(), z.array(z.string().max(40)).max(40)]);

/** A CV's answers: each section's entries (one for a section asked once), each a field → answer map. */
export const CvAnswers = z.record(LocalId, z.array(z.record(LocalId, Scalar)).max(10));
export type CvAnswers = z.infer<typeof CvAnswers>;

/** Whether the person chose to print their full name and full phone number (masked unless they say so). */
export const CvChoices = z.strictObject({ fullName: z.boolean().default(false), fullPhone: z.boolean().default(false) });
export type CvChoices = z.infer<typeof CvChoices>;

const say = (zh: string, en: string): LocalizedText => ({ zh, en });

/**
 * Checks a CV's answers against its definition: sections and fields that exist, entries within the section's
 * repeat, required fields answered, every answer fitting its field (the form engine's own field checks).
 * Returns the answers trimmed, and every issue at its path (answers.<section>.<entry>.<field>).
 */
export function checkCv(def: Pick<CvFlow, 'sections'>, answers: CvAnswers, today: string): { answers: CvAnswers; issues: AnswerIssue[] } {
  const issues: AnswerIssue[] = [];
  const clean: CvAnswers = {};
  for (const key of Object.keys(answers)) {
    if (!def.sections.some((s) => s.id === key)) issues.push({ path: `answers.${key}`, field: key, text: say('简历没有这一部分', 'This CV has no such part') });
  }
  for (const section of def.sections) {
    const entries = answers[section.id] ?? [];
    if (entries.length > section.repeat) {
      issues.push({ path: `answers.${section.id}`, field: section.id, text: say(`最多 ${section.repeat} 项`, `At most ${section.repeat} entries`) });
      continue;
    }
    const asked = section.repeat === 1 ? [entries[0] ?? {}] : entries;
    clean[section.id] = asked.map((entry, i) => {
      const out: Record<string, ScalarAnswer> = {};
      for (const key of Object.keys(entry)) {
        if (!section.fields.some((f) => f.id === key)) issues.push({ path: `answers.${section.id}.${i}.${key}`, field: key, text: say('简历没有这一项', 'This CV has no such question') });
      }
      for (const f of section.fields) {
        const v = entry[f.id] as ScalarAnswer | undefined;
        const path = `answers.${section.id}.${i}.${f.id}`;
        if (isEmpty(v)) {
          if (f.required === true) issues.push({ path, field: f.id, text: say('请填写这一项', 'Please answer this') });
          continue;
        }
        const problem = fieldProblem(f, v!, today);
        if (problem) issues.push({ path, field: f.id, text: problem });
        else out[f.id] = typeof v === 'string' ? v.trim() : v!;
      }
      return out;
    });
  }
  return { answers: clean, issues };
}

/** A CV ready to print or show: the heading (name, contact) and each section's entries as label–value lines. */
export interface CvDocument {
  title: string;
  name: string | null;
  phone: string | null;
  sections: Array<{ title: string; entries: Array<Array<{ label: string; value: string }>> }>;
}

/**
 * A CV in one language from checked answers. The name and phone number go in the heading, masked (张*,
 * 138****8000) unless the person chose to show them; an empty entry or answer is left out.
 */
export function cvDocument(def: Pick<CvFlow, 'sections' | 'title'>, answers: CvAnswers, lang: Lang, choices: CvChoices): CvDocument {
  let name: string | null = null;
  let phone: string | null = null;
  const sections: CvDocument['sections'] = [];
  for (const section of def.sections) {
    const entries: CvDocument['sections'][number]['entries'] = [];
    for (const entry of answers[section.id] ?? []) {
      const lines: Array<{ label: string; value: string }> = [];
      for (const f of section.fields) {
        const v = entry[f.id] as ScalarAnswer | undefined;
        if (isEmpty(v)) continue;
        if (f.type === 'name') name = choices.fullName ? String(v) : maskName(String(v));
        else if (f.type === 'phone') phone = choices.fullPhone ? String(v) : maskPhone(String(v));
        else lines.push({ label: f.label[lang], value: showAnswer(f, v)[lang] });
      }
      if (lines.length) entries.push(lines);
    }
    if (entries.length) sections.push({ title: section.title[lang], entries });
  }
  return { title: def.title[lang], name, phone, sections };
}

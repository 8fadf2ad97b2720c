import type { AssessmentFlow, AssessmentScale, LocalizedText } from '../../contract/index.ts';

type Def = Pick<AssessmentFlow, 'scales' | 'answers' | 'items' | 'flatWithin' | 'flat' | 'occupations'>;

export interface Profile {
  /** Every scale with its share of the most it could score, highest first (ties in the definition's order). */
  scales: Array<{ scale: AssessmentScale; percent: number }>;
  /** No scale stands out: the highest and the lowest are within `flatWithin` points. */
  flat: boolean;
}

/** What is wrong with the answers: an item left out, an unknown item, a value no answer has. */
export function answerIssues(def: Def, answers: Record<string, number>): Array<{ path: string; message: string }> {
  const values = new Set(def.answers.map((a) => a.value));
  const issues = def.items.filter((i) => answers[i.id] === undefined).map((i) => ({ path: `body.answers.${i.id}`, message: 'not answered' }));
  for (const [id, v] of Object.entries(answers)) {
    if (!def.items.some((i) => i.id === id)) issues.push({ path: `body.answers.${id}`, message: 'no such item' });
    else if (!values.has(v)) issues.push({ path: `body.answers.${id}`, message: `must be one of ${[...values].join(', ')}` });
  }
  return issues;
}

/**
 * The profile of complete, valid answers: for each scale, its items' answers (a reversed item counted from the
 * other end) as a share of the most they could add up to, 0–100.
 */
export function score(def: Def, answers: Record<string, number>): Profile {
  const lo = Math.min(...def.answers.map((a) => a.value));
  const hi = Math.max(...def.answers.map((a) => a.value));
  const scored = def.scales.map((scale, order) => {
    const items = def.items.filter((i) => i.scale === scale.id);
    const sum = items.reduce((acc, i) => acc + (i.reverse ? lo + hi - answers[i.id]! : answers[i.id]!), 0);
    return { scale, order, percent: Math.round((100 * (sum - items.length * lo)) / (items.length * (hi - lo))) };
  });
  scored.sort((a, b) => b.percent - a.percent || a.order - b.order);
  return { scales: scored.map(({ scale, percent }) => ({ scale, percent })), flat: scored[0]!.percent - scored.at(-1)!.percent < def.flatWithin };
}

/**
 * The profile in one plain sentence: the scale liked most, then the next two (a scale nothing was liked on is
 * not named); or the flat profile's sentence.
 */
export function summary(def: Def, p: Profile): LocalizedText {
  if (p.flat) return def.flat;
  const [a, b, c] = p.scales.filter((s) => s.percent > 0).map((s) => s.scale.like);
  if (!b) return { zh: `你最喜欢${a!.zh}。`, en: `You like ${a!.en} most.` };
  if (!c) return { zh: `你最喜欢${a!.zh}，其次是${b.zh}。`, en: `You like ${a!.en} most, then ${b.en}.` };
  return { zh: `你最喜欢${a!.zh}，其次是${b.zh}和${c.zh}。`, en: `You like ${a!.en} most, then ${b.en} and ${c.en}.` };
}

/** Main scale counts twice, the second once: an occupation fits as well as the profile is high on them. */
const WEIGHTS = [2, 1];

/** Occupations the profile suggests, best fit first (ties in the definition's order), at most `limit`. */
export function suggest(def: Def, p: Profile, limit = 6): Array<{ occupation: Def['occupations'][number]; fit: number }> {
  const percent = new Map(p.scales.map((s) => [s.scale.id, s.percent]));
  return def.occupations
    .map((occupation, order) => {
      const w = occupation.scales.map((_, i) => WEIGHTS[i]!);
      const fit = Math.round(occupation.scales.reduce((acc, s, i) => acc + w[i]! * percent.get(s)!, 0) / w.reduce((x, y) => x + y, 0));
      return { occupation, fit, order };
    })
    .filter((o) => o.fit > 0)
    .sort((a, b) => b.fit - a.fit || a.order - b.order)
    .slice(0, limit)
    .map(({ occupation, fit }) => ({ occupation, fit }));
}

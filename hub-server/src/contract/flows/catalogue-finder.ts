import type { LocalizedText } from '../common.ts';
import type { CatalogueFinder } from './catalogue.ts';
import { FormState, type Answers } from './form-logic.ts';

/**
 * The entries a finder's answers lead to, each once with the reason of its first rule that holds, in the
 * order the rules are written. The conditions are worked out as a form's are (an unanswered question makes
 * a condition on it false), so the kiosk and the hub agree.
 */
export function finderMatches(finder: CatalogueFinder, answers: Answers): Array<{ entry: string; because: LocalizedText }> {
  const state = new FormState({ pages: [{ id: 'finder', title: { zh: '问题', en: 'Questions' }, fields: finder.questions }], conditions: finder.conditions }, answers);
  const seen = new Set<string>();
  const out: Array<{ entry: string; because: LocalizedText }> = [];
  for (const rule of finder.rules) {
    if (seen.has(rule.entry) || !state.holds(rule.when)) continue;
    seen.add(rule.entry);
    out.push({ entry: rule.entry, because: rule.because });
  }
  return out;
}

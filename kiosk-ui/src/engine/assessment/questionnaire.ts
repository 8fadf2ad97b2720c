import type { AssessmentResult, LocalizedText } from '@jobhall/hub-server/contract';

type Answers = Readonly<Record<string, number>>;

/**
 * Where a visitor is in the questionnaire: reading the introduction, on question `index`, waiting for the
 * hub's scoring, looking at the profile, or told that scoring failed. The answers travel with the state and
 * nowhere else.
 */
export type Questionnaire =
  | { at: 'intro' }
  | { at: 'question'; index: number; answers: Answers }
  | { at: 'scoring'; answers: Answers }
  | { at: 'result'; answers: Answers; result: AssessmentResult }
  | { at: 'failed'; answers: Answers; problem: LocalizedText };

export type QuestionnaireEvent =
  | { type: 'start' }
  | { type: 'answer'; value: number }
  | { type: 'back' }
  | { type: 'scored'; result: AssessmentResult }
  | { type: 'failed'; problem: LocalizedText }
  | { type: 'restart' };

/**
 * The questionnaire's transitions, pure. An answer moves to the next question, or after the last to scoring;
 * "back" returns to the question before (keeping its answer, to change it); an event a state does not expect
 * leaves it as it is.
 */
export function step(s: Questionnaire, e: QuestionnaireEvent, items: readonly { id: string }[]): Questionnaire {
  const last = items.length - 1;
  switch (s.at) {
    case 'intro':
      return e.type === 'start' ? { at: 'question', index: 0, answers: {} } : s;
    case 'question':
      if (e.type === 'answer') {
        const answers = { ...s.answers, [items[s.index]!.id]: e.value };
        return s.index < last ? { at: 'question', index: s.index + 1, answers } : { at: 'scoring', answers };
      }
      if (e.type === 'back') return s.index === 0 ? { at: 'intro' } : { ...s, index: s.index - 1 };
      return s;
    case 'scoring':
      if (e.type === 'scored') return { at: 'result', answers: s.answers, result: e.result };
      if (e.type === 'failed') return { at: 'failed', answers: s.answers, problem: e.problem };
      return s;
    case 'failed':
      if (e.type === 'start') return { at: 'scoring', answers: s.answers };
      if (e.type === 'back') return { at: 'question', index: last, answers: s.answers };
      return s;
    case 'result':
      return e.type === 'restart' ? { at: 'intro' } : s;
  }
}

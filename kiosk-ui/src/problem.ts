import { ApiProblem, type LocalizedText } from '@jobhall/ui-kit';
import { m } from './messages.ts';

/**
 * What a visitor is told when the hub refuses or cannot be reached: the hub's own sentence where it gave one,
 * otherwise the kiosk's general apology. A raw API message never reaches a screen.
 */
export function problemOf(err: unknown): LocalizedText {
  return err instanceof ApiProblem && err.text ? err.text : m.error;
}

/**
 * The form field a refusal names ("body.wantedOccupations.0" → "wantedOccupations"), so the screen can take the
 * visitor back to it and say, in its own words, what to change there; null when it names none.
 */
export function fieldOf(err: unknown): string | null {
  if (!(err instanceof ApiProblem)) return null;
  const path = err.issues[0]?.path ?? '';
  return path.split('.')[1] ?? null;
}

/**
 * A refusal as the visitor reads it at a form: the hub's sentence when it has one, else the form's own sentence
 * for the field it names ("请检查联系电话"), else the general apology.
 */
export function formProblem(err: unknown, fields: Readonly<Record<string, LocalizedText>>): LocalizedText {
  if (err instanceof ApiProblem && err.text) return err.text;
  const field = fieldOf(err);
  const label = field ? fields[field] : undefined;
  return label ? { zh: `请检查“${label.zh}”，再提交一次。`, en: `Please check "${label.en}" and submit again.` } : m.error;
}

/** A request cut short on purpose (the screen closed, the idle reset) is nobody's problem. */
export function aborted(err: unknown): boolean {
  return (err as Error | null)?.name === 'AbortError';
}

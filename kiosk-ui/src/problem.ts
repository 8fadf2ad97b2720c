import { ApiProblem, type LocalizedText } from '@jobhall/ui-kit';
import { m } from './messages.ts';

/**
 * What a visitor is told when the hub refuses or cannot be reached: the hub's own sentence where it gave one,
 * otherwise the kiosk's general apology. A raw API message never reaches a screen.
 */
export function problemOf(err: unknown): LocalizedText {
  return err instanceof ApiProblem && err.text ? err.text : m.error;
}

/** A request cut short on purpose (the screen closed, the idle reset) is nobody's problem. */
export function aborted(err: unknown): boolean {
  return (err as Error | null)?.name === 'AbortError';
}

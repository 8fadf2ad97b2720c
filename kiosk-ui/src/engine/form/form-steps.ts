import { FormState, checkAnswers, formFields, type AnswerIssue, type Answers, type FormFlow, type FormPage, type LocalizedText } from '@jobhall/hub-server/contract';

/**
 * Where a visitor is in a form. Pages are named by id, not position, so a page that appears or disappears as
 * answers change never moves the visitor; the number shown ("step 2 of 4") is worked out from what is shown.
 */
export type FormScreen =
  | { at: 'page'; page: string }
  | { at: 'review' }
  | { at: 'resume' };

/** The pages shown for these answers, then the review: the steps counted in "step n of m". */
export function shownPages(form: FormFlow, answers: Answers): FormPage[] {
  return new FormState(form, answers).pages();
}

export function progress(form: FormFlow, answers: Answers, screen: FormScreen): { n: number; of: number } {
  const pages = shownPages(form, answers);
  const of = pages.length + 1;
  if (screen.at !== 'page') return { n: of, of };
  return { n: Math.max(1, pages.findIndex((p) => p.id === screen.page) + 1), of };
}

/** The screen after (or before) this page, counting only pages shown for the answers as they are now. */
export function step(form: FormFlow, answers: Answers, from: FormScreen, by: 1 | -1): FormScreen | null {
  const pages = shownPages(form, answers);
  if (from.at === 'review') return by === -1 && pages.length ? { at: 'page', page: pages[pages.length - 1]!.id } : null;
  if (from.at !== 'page') return null;
  const i = pages.findIndex((p) => p.id === from.page);
  const next = i + by;
  if (next < 0) return null;
  return next >= pages.length ? { at: 'review' } : { at: 'page', page: pages[next]!.id };
}

/** The ids of the fields the card reader fills. */
export function cardFieldIds(form: FormFlow): string[] {
  return formFields(form).filter((x) => !x.group && 'fillFrom' in x.field && x.field.fillFrom === 'card').map((x) => x.field.id);
}

/** The page a field is on (the review's 修改 goes there). */
export function pageOf(form: FormFlow, fieldId: string): string | null {
  return form.pages.find((p) => p.fields.some((f) => f.id === fieldId))?.id ?? null;
}

/** Today in the hall's time zone, as the hub judges dates (YYYY-MM-DD). */
export function hallToday(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Problems by path ("answers.workers.0.idNumber"), each with the words the visitor reads. */
export type FieldErrors = ReadonlyMap<string, LocalizedText>;

export function errorsOf(issues: ReadonlyArray<Pick<AnswerIssue, 'path' | 'text'>>): FieldErrors {
  return new Map(issues.map((i) => [i.path, i.text]));
}

/** Checks one page before the visitor moves on: the same rules the hub applies, in the kiosk's words. */
export function checkPage(form: FormFlow, answers: Answers, page: string, today: string, filled: ReadonlySet<string>): FieldErrors {
  return errorsOf(checkAnswers(form, answers, today, { page, filled }).issues);
}

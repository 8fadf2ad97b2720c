import type { LocalizedText } from '../common.ts';
import type { BookingFlow } from './booking.ts';
import { SimpleField } from './fields.ts';
import { fieldProblem } from './form-check.ts';

/** What a booking asks, as the kiosk sends it. */
export interface BookingAnswers {
  name: string;
  phone: string;
  topic?: string;
  partySize?: number;
  organisation?: string;
}

export type BookingAnswerKey = keyof BookingAnswers;

const ANSWER: LocalizedText = { zh: '项', en: 'item' };
const say = (zh: string, en: string): LocalizedText => ({ zh, en });

/**
 * Each answer a booking asks checked as the form engine checks a field of the same type (a name as on the ID
 * card, an 11-digit mobile, one of the topics, a party within bounds), at the answer's key. The kiosk shows
 * these at the fields before sending; the hub refuses with the same sentences.
 */
export function bookingAnswerIssues(flow: Pick<BookingFlow, 'ask'>, a: BookingAnswers, today: string): Array<{ key: BookingAnswerKey; text: LocalizedText }> {
  const issues: Array<{ key: BookingAnswerKey; text: LocalizedText }> = [];
  const check = (key: BookingAnswerKey, field: object, value: string | number | undefined) => {
    if (value === undefined || value === '') return void issues.push({ key, text: say('请填写这一项', 'Please answer this') });
    const problem = fieldProblem(SimpleField.parse({ id: 'answer', label: ANSWER, ...field }), value, today);
    if (problem) issues.push({ key, text: problem });
  };
  check('name', { type: 'name' }, a.name.trim());
  check('phone', { type: 'phone' }, a.phone.trim());
  if (flow.ask.topics.length) check('topic', { type: 'choice', options: flow.ask.topics }, a.topic);
  else if (a.topic !== undefined) issues.push({ key: 'topic', text: say('这项预约不选主题', 'This booking has no topics') });
  if (flow.ask.party) check('partySize', { type: 'number', min: flow.ask.party.min, max: flow.ask.party.max }, a.partySize);
  else if (a.partySize !== undefined) issues.push({ key: 'partySize', text: say('这项预约不填人数', 'This booking does not ask how many') });
  if (flow.ask.organisation) check('organisation', { type: 'text', minLength: 2, maxLength: 60 }, a.organisation?.trim());
  return issues;
}

import type { Lang, LocalizedText, PublicVacancy, Shift } from '../../contract/index.ts';

type PayPeriod = PublicVacancy['payPeriod'];
import { EMPLOYMENT_ZH, PAY_PERIOD_ZH, SHIFT_ZH } from '../jobs/labels.ts';

/** Words every channel shares: pay, shifts and days in the reader's language. */
const SHIFT_EN: Record<Shift, string> = {
  day: 'day shift', 'two-shift': 'two shifts', 'three-shift': 'three shifts', night: 'nights', hourly: 'by the hour', weekend: 'weekends',
};
const PER_ZH: Record<PayPeriod, string> = { monthly: '元/月', weekly: '元/周', daily: '元/天' };
const PER_EN: Record<PayPeriod, string> = { monthly: 'yuan a month', weekly: 'yuan a week', daily: 'yuan a day' };
const EMPLOYMENT_EN: Record<PublicVacancy['employmentType'], string> = {
  'full-time': 'full-time', 'part-time': 'part-time', temporary: 'temporary', internship: 'internship', dispatch: 'agency work',
};
const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export const tr = (text: LocalizedText, lang: Lang) => text[lang];

export function payText(j: Pick<PublicVacancy, 'payMin' | 'payMax' | 'payPeriod'>, lang: Lang): string {
  const range = j.payMin === j.payMax ? `${j.payMin}` : `${j.payMin}–${j.payMax}`;
  return lang === 'zh' ? `${range} ${PER_ZH[j.payPeriod]}` : `${range} ${PER_EN[j.payPeriod]}`;
}

export function shiftsText(shifts: readonly Shift[], lang: Lang): string {
  return shifts.map((s) => (lang === 'zh' ? SHIFT_ZH[s] : SHIFT_EN[s])).join(lang === 'zh' ? '、' : ', ');
}

/** One line of what a vacancy offers: pay, shifts, board and lodging, kind of work. */
export function vacancyFacts(j: PublicVacancy, lang: Lang): string[] {
  const facts = [payText(j, lang)];
  if (j.shifts.length) facts.push(shiftsText(j.shifts, lang));
  if (j.meals) facts.push(lang === 'zh' ? '包吃' : 'meals');
  if (j.lodging) facts.push(lang === 'zh' ? '包住' : 'lodging');
  facts.push(lang === 'zh' ? EMPLOYMENT_ZH[j.employmentType] : EMPLOYMENT_EN[j.employmentType]);
  if (lang === 'zh' && j.payPeriod !== 'monthly') facts.push(PAY_PERIOD_ZH[j.payPeriod]);
  return facts;
}

/** "3月8日 周六" / "Sat 8 Mar" for a service day. */
export function dayText(day: string, lang: Lang): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (lang === 'zh') return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAY_ZH[d.getUTCDay()]}`;
  return d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** The hall's day of an instant, as text. */
export function dateOf(iso: string, timeZone: string, lang: Lang): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  const [y] = day.split('-');
  return lang === 'zh' ? `${y}年${dayText(day, 'zh').split(' ')[0]}` : `${dayText(day, 'en')} ${y}`;
}

/** The first sentence-sized piece of a text, for list items and feed summaries. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

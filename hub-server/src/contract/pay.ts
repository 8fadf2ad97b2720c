import type { LocalizedText } from './common.ts';

/**
 * Pay as people read it. A vacancy stores its pay as the monthly equivalent (so search and matching compare like
 * with like), and how often it is settled (payPeriod). A daily wage must read as a daily wage: 230 元/天, not
 * 5000 元/月. The conversion uses the statutory 21.75 paid days a month (劳社部发〔2008〕3号) and 52 weeks a
 * year, in both directions, so what an employer typed comes back unchanged.
 */
export type PayPeriodName = 'monthly' | 'weekly' | 'daily';

export const PAY_DAYS_PER_MONTH = 21.75;
const WEEKS_PER_MONTH = 52 / 12;

const perMonth: Record<PayPeriodName, number> = { monthly: 1, weekly: WEEKS_PER_MONTH, daily: PAY_DAYS_PER_MONTH };

export const PAY_UNIT: Record<PayPeriodName, LocalizedText> = {
  monthly: { zh: '元/月', en: 'yuan/month' },
  weekly: { zh: '元/周', en: 'yuan/week' },
  daily: { zh: '元/天', en: 'yuan/day' },
};

/** The monthly equivalent of an amount paid per period (what a vacancy stores). */
export function monthlyPay(amount: number, period: PayPeriodName): number {
  return Math.round(amount * perMonth[period]);
}

/** A stored monthly figure as the amount per period (what a visitor reads). */
export function periodPay(monthly: number, period: PayPeriodName): number {
  return Math.round(monthly / perMonth[period]);
}

/** "3000–4500 元/月", "230–276 元/天", "面议" when no figure was given. */
export function payLabel(job: { payMin: number; payMax: number; payPeriod: PayPeriodName }, lang: 'zh' | 'en'): string {
  if (!job.payMin && !job.payMax) return lang === 'zh' ? '面议' : 'Negotiable';
  const lo = periodPay(job.payMin, job.payPeriod);
  const hi = periodPay(job.payMax, job.payPeriod);
  const unit = PAY_UNIT[job.payPeriod][lang];
  return lo === hi ? `${lo} ${unit}` : `${lo}–${hi} ${unit}`;
}

import type { PolicyEntry, PublicFair, PublicVacancy } from '../../contract/index.ts';
import { EMPLOYMENT_ZH, SHIFT_ZH } from '../jobs/labels.ts';
import { chineseNumber, dateAloud, digitsAloud, speakable, timeAloud } from './speakable.ts';

/** A hotline agent reads for a minute or two, not an hour: the newest vacancies only. */
export const HOTLINE_VACANCIES = 20;

const ORDINAL = (n: number) => `第${chineseNumber(n)}`;
const PER: Record<PublicVacancy['payPeriod'], string> = { monthly: '月薪', weekly: '周薪', daily: '日薪' };
const WEEKDAY = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export interface HotlineInput {
  hallName: string;
  hallAddress: string;
  enquiryPhone: string;
  today: string;
  policies: PolicyEntry[];
  vacancies: PublicVacancy[];
  totalVacancies: number;
  fairs: PublicFair[];
}

function vacancyLine(j: PublicVacancy, n: number): string {
  const pay = j.payMin === j.payMax ? `${chineseNumber(j.payMin)}元` : `${chineseNumber(j.payMin)}到${chineseNumber(j.payMax)}元`;
  const extras = [
    ...j.shifts.map((s) => SHIFT_ZH[s]),
    j.meals && j.lodging ? '包吃包住' : j.meals ? '包吃' : j.lodging ? '包住' : '',
    j.employmentType === 'full-time' ? '' : EMPLOYMENT_ZH[j.employmentType],
  ].filter(Boolean);
  return `${ORDINAL(n)}个，${speakable(j.title)}，${speakable(j.employerName)}，在${j.districtName}，${PER[j.payPeriod]}${pay}` +
    `${extras.length ? `，${extras.join('，')}` : ''}，招${chineseNumber(j.headcount)}人，岗位编号${digitsAloud(String(j.id))}。`;
}

/** A sentence ends with its full stop, whatever the content file ended it with. */
const sentence = (s: string) => (/[。！？]$/.test(s) ? s : `${s}。`);

function policyLine(p: PolicyEntry, n: number): string {
  return `${ORDINAL(n)}条，${speakable(p.title.zh)}。${sentence(speakable(p.summary.zh))}${sentence(speakable(p.whatYouGet.zh))}办理地点：${sentence(speakable(p.where.zh))}`;
}

function fairLine(f: PublicFair, n: number): string {
  return `${ORDINAL(n)}场，${dateAloud(f.day)}，${timeAloud(f.starts)}到${timeAloud(f.ends)}，${speakable(f.title)}，地点在${speakable(f.venue)}。`;
}

/**
 * The 12333 script (2.1.5): the policies in force, the newest open vacancies and the coming fairs, in short
 * sentences an agent reads out or an IVR speaks. Plain text only; see speakable.ts for how numbers are said.
 */
export function hotlineScript(h: HotlineInput): string {
  const d = new Date(`${h.today}T00:00:00Z`);
  const lines = [
    `${speakable(h.hallName)}就业信息播报。`,
    `播报日期：${dateAloud(h.today)}，${WEEKDAY[d.getUTCDay()]}。`,
    '',
    '一、就业政策。',
    ...h.policies.map((p, i) => policyLine(p, i + 1)),
    '',
    h.vacancies.length
      ? `二、招聘岗位。目前共有${chineseNumber(h.totalVacancies)}个岗位在招，下面播报最新的${chineseNumber(h.vacancies.length)}个。`
      : '二、招聘岗位。目前没有在招的岗位。',
    ...h.vacancies.map((j, i) => vacancyLine(j, i + 1)),
    '',
    h.fairs.length ? '三、近期招聘会。' : '三、近期招聘会。近期没有安排招聘会。',
    ...h.fairs.map((f, i) => fairLine(f, i + 1)),
    '',
    `想应聘的，请记下岗位编号，带本人身份证到${speakable(h.hallAddress)}的大厅，取B字头号到窗口办理推荐，或到所在街道、社区就业服务站办理。`,
    `咨询电话${digitsAloud(h.enquiryPhone)}。以上信息以大厅发布为准。`,
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

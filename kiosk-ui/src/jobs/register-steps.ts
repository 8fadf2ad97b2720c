import { ID_PROBLEM_SAID, idNumberProblem } from '@jobhall/hub-server/contract';
import type { LocalizedText } from '@jobhall/ui-kit';

/**
 * 求职登记 as the kiosk asks it: one question per screen, in this order. Pure, so the order, the progress and
 * the mapping of the hub's field names to the screens are tested without a browser.
 */
export type Step = 'id' | 'name' | 'phone' | 'home' | 'where' | 'work' | 'skills' | 'experience' | 'pay' | 'education' | 'consent' | 'review';
export const STEPS: readonly Step[] = ['id', 'name', 'phone', 'home', 'where', 'work', 'skills', 'experience', 'pay', 'education', 'consent', 'review'];

export interface Answers {
  idNumber: string;
  name: string;
  phone: string;
  /** Where the seeker lives (distances are measured from it). */
  district: string;
  /** Where they will work; [] is anywhere (不限). */
  workDistricts: string[];
  wantedOccupations: string[];
  skills: string[];
  certificates: string[];
  experienceYears: number | null;
  payMin: number;
  avoidNight: boolean;
  education: string;
  consentToRecommend: boolean | null;
}

export const noAnswers: Answers = {
  idNumber: '', name: '', phone: '', district: '', workDistricts: [], wantedOccupations: [], skills: [], certificates: [], experienceYears: null,
  payMin: 0, avoidNight: false, education: 'none', consentToRecommend: null,
};

/** The steps a registration goes through: a card read at the reader already gave the ID number and the name. */
export function stepsFor(fromCard: boolean): Step[] {
  return STEPS.filter((s) => !(fromCard && (s === 'id' || s === 'name')));
}

/** "第 n 步，共 m 步": where the visitor is, counting the review as the last step. */
export function progress(step: Step, fromCard: boolean): { n: number; of: number } {
  const steps = stepsFor(fromCard);
  return { n: steps.indexOf(step) + 1, of: steps.length };
}

/** The screen that asks for a field the hub named in a refusal (body.wantedOccupations.0 → work). */
export const STEP_OF_FIELD: Readonly<Record<string, Step>> = {
  idNumber: 'id', name: 'name', phone: 'phone', district: 'home', workDistricts: 'where', wantedOccupations: 'work', skills: 'skills',
  certificates: 'skills', experienceYears: 'experience', payMin: 'pay', avoidShifts: 'pay', education: 'education', consentToRecommend: 'consent',
};

/** Each step's field as the review lists it: the name of the field, not the question that asked it. */
export const FIELD_LABEL: Readonly<Record<Exclude<Step, 'review'>, LocalizedText>> = {
  id: { zh: '身份证号码', en: 'ID number' },
  name: { zh: '姓名', en: 'Name' },
  phone: { zh: '手机号码', en: 'Mobile number' },
  home: { zh: '居住地区', en: 'Where you live' },
  where: { zh: '工作地区', en: 'Where you will work' },
  work: { zh: '想做的工作', en: 'Work you want' },
  skills: { zh: '技能和证书', en: 'Skills and certificates' },
  experience: { zh: '工作经验', en: 'Experience' },
  pay: { zh: '期望月薪', en: 'Monthly pay wanted' },
  education: { zh: '最高学历', en: 'Education' },
  consent: { zh: '推荐给用人单位', en: 'Recommend me to employers' },
};

/** A mobile number as the hub takes it. */
export function phoneProblem(digits: string): LocalizedText | null {
  return /^1[3-9]\d{9}$/.test(digits) ? null : { zh: '手机号码是 1 开头的 11 位数字，第二位是 3 到 9，请检查。', en: 'A mobile number is 11 digits starting with 1, then 3 to 9. Please check it.' };
}

/** A name as the hub takes it: 2 to 20 letters (Chinese, or Latin with spaces and ·). */
export function nameProblem(text: string): LocalizedText | null {
  return /^[\p{Script=Han}·a-zA-Z ]{2,20}$/u.test(text) ? null : NAME_RULE;
}
export const NAME_RULE: LocalizedText = { zh: '请写 2 到 20 个字的姓名，只用汉字或字母。', en: 'Write your name in 2 to 20 letters (Chinese or Latin).' };

/** An ID number checked at the field by the hub's own rules (GB 11643), said in the visitor's language. */
export function idProblem(digits: string, today = new Date()): LocalizedText | null {
  const p = idNumberProblem(digits, today);
  return p ? ID_PROBLEM_SAID[p] : null;
}

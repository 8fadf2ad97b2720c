import type { z } from 'zod';
import type { Benefit, EducationLevel, EmploymentType, PayPeriod, Programme, Shift, VacancyLabel } from '../../contract/index.ts';

/**
 * Chinese words for the enums: printed on slips, and indexed with each vacancy so a seeker who types 包住,
 * 日结 or 夜班 finds the vacancies that say so in a field rather than in their text.
 */
export const SHIFT_ZH: Record<Shift, string> = {
  day: '长白班', 'two-shift': '两班倒', 'three-shift': '三班倒', night: '夜班', hourly: '小时工', weekend: '周末班',
};
/** The same in English, for match reasons on the kiosk's English screens. */
export const SHIFT_EN: Record<Shift, string> = {
  day: 'day shift', 'two-shift': 'two rotating shifts', 'three-shift': 'three rotating shifts', night: 'night shift', hourly: 'hourly', weekend: 'weekends',
};
export const PAY_PERIOD_ZH: Record<z.infer<typeof PayPeriod>, string> = { monthly: '月结', weekly: '周结', daily: '日结' };
export const EMPLOYMENT_ZH: Record<z.infer<typeof EmploymentType>, string> = {
  'full-time': '全职', 'part-time': '兼职', temporary: '临时工', internship: '见习实习', dispatch: '劳务派遣',
};
export const EMPLOYMENT_EN: Record<z.infer<typeof EmploymentType>, string> = {
  'full-time': 'full-time', 'part-time': 'part-time', temporary: 'temporary', internship: 'internship', dispatch: 'agency dispatch',
};
export const BENEFIT_ZH: Record<z.infer<typeof Benefit>, string> = {
  'social-insurance': '五险', 'housing-fund': '住房公积金', 'overtime-pay': '加班费', bonus: '奖金', 'paid-leave': '带薪年假',
  'shuttle-bus': '班车', training: '岗前培训', 'meal-allowance': '餐补',
};
export const LABEL_ZH: Record<z.infer<typeof VacancyLabel>, string> = {
  'public-welfare': '公益性岗位', internship: '就业见习', graduates: '高校毕业生', veterans: '退役军人', 'disability-friendly': '残疾人友好',
  'assistance-reserved': '援助岗位', gig: '零工',
};
export const PROGRAMME_ZH: Record<z.infer<typeof Programme>, string> = { local: '本地', inflow: '劳务输入', outflow: '劳务输出', overseas: '境外就业' };
export const EDUCATION_ZH: Record<EducationLevel, string> = {
  none: '学历不限', primary: '小学', junior: '初中', senior: '高中/中专', associate: '大专', bachelor: '本科', master: '硕士',
};
export const EDUCATION_RANK: Record<EducationLevel, number> = { none: 0, primary: 1, junior: 2, senior: 3, associate: 4, bachelor: 5, master: 6 };

/** Bit i set for each value at position i of the enum's option list. */
export function maskOf<T extends string>(options: readonly T[], values: readonly T[]): number {
  let mask = 0;
  for (const v of values) {
    const i = options.indexOf(v);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

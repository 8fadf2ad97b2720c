import type { z } from 'zod';
import type {
  ComplaintKind, ComplaintStatus, EducationLevel, PlacementVocabulary, EmployerKind, EmploymentType, FairTheme, FindingSeverity, LicenceStatus, PayPeriod,
  RejectReason, ReferralStatus, ReviewReason, Shift, VacancySource, VacancyStatus,
} from '@jobhall/hub-server/contract';
// The api module alone: the kit's index also defines custom elements, which a Node test cannot load.
import { ApiProblem } from '@jobhall/ui-kit/api';

/**
 * The staff pages' words for the contract's codes, Chinese first and English second, and the small pieces of
 * logic the job-placement tabs share. Kept apart from the elements so it can be tested without a DOM.
 */

/** The controlled lists the forms offer (GET /api/jobs/vocabulary); the contract exports only the schema. */
export type { Vocabulary } from '@jobhall/ui-kit';

type Labels<T extends z.ZodType<string>> = Record<z.infer<T>, string>;

export const VACANCY_STATUS: Labels<typeof VacancyStatus> = {
  pending: '待审核 Pending', approved: '已发布 Approved', rejected: '已驳回 Rejected', withdrawn: '已撤回 Withdrawn', expired: '已过期 Expired',
};

export const VACANCY_SOURCE: Labels<typeof VacancySource> = {
  kiosk: '自助机 Kiosk', api: '接口 API', import: '批量导入 Import', staff: '工作人员 Staff', content: '演示数据 Demo content',
};

export const SEVERITY: Labels<typeof FindingSeverity> = { block: '禁止 Block', review: '需审核 Review', warn: '提示 Warn' };

/** matching.md §4.3: the reason codes a reviewer gives when letting a review finding through. */
export const REVIEW_REASON: Labels<typeof ReviewReason> = {
  JOB_REQUIREMENT: '岗位确需 Genuine job requirement',
  STATUTORY_CERT: '法定资格要求 Statutory certificate',
  MINOR_PROTECTION: '未成年人保护 Minor protection',
  FEMALE_PROHIBITED_WORK: '女职工禁忌劳动 Work women may not do by law',
  FALSE_POSITIVE: '误报 False positive',
};

export const REJECT_REASON: Labels<typeof RejectReason> = {
  DISCRIMINATORY: '就业歧视 Discriminatory',
  FEES_OR_DEPOSIT: '收费或押金 Fees or deposit',
  FALSE_INFORMATION: '信息虚假 False information',
  BELOW_MINIMUM_WAGE: '低于最低工资 Below minimum wage',
  UNVERIFIED_EMPLOYER: '单位未核实 Unverified employer',
  DUPLICATE: '重复发布 Duplicate',
  INCOMPLETE: '信息不全 Incomplete',
  OTHER: '其他 Other',
};

export const SHIFT: Labels<typeof Shift> = {
  day: '长白班 Day', 'two-shift': '两班倒 Two shifts', 'three-shift': '三班倒 Three shifts', night: '夜班 Night', hourly: '小时工 Hourly', weekend: '周末班 Weekend',
};
export const PAY_PERIOD: Labels<typeof PayPeriod> = { monthly: '月结 Monthly', weekly: '周结 Weekly', daily: '日结 Daily' };
export const EMPLOYMENT: Labels<typeof EmploymentType> = {
  'full-time': '全职 Full-time', 'part-time': '兼职 Part-time', temporary: '临时 Temporary', internship: '见习 Internship', dispatch: '派遣 Dispatch',
};
export const EDUCATION: Labels<typeof EducationLevel> = {
  none: '不限 Any', primary: '小学 Primary', junior: '初中 Junior middle', senior: '高中/中专 Senior middle',
  associate: '大专 Associate', bachelor: '本科 Bachelor', master: '硕士 Master',
};

export const REFERRAL_STATUS: Labels<typeof ReferralStatus> = {
  referred: '已推荐 Referred', interviewed: '已面试 Interviewed', hired: '已录用 Hired', rejected: '未录用 Rejected',
  'no-show': '未到场 No-show', cancelled: '已取消 Cancelled',
};

/** The follow-up steps (mirrors hub-server referrals/outcome.ts; the hub refuses any other with 409). */
const REFERRAL_NEXT: Record<z.infer<typeof ReferralStatus>, Array<z.infer<typeof ReferralStatus>>> = {
  referred: ['interviewed', 'hired', 'rejected', 'no-show', 'cancelled'],
  interviewed: ['hired', 'rejected', 'cancelled'],
  hired: [], rejected: [], 'no-show': [], cancelled: [],
};
export function referralOutcomes(status: z.infer<typeof ReferralStatus>): Array<z.infer<typeof ReferralStatus>> {
  return REFERRAL_NEXT[status];
}

export const COMPLAINT_STATUS: Labels<typeof ComplaintStatus> = {
  received: '已受理 Received', 'in-progress': '处理中 In progress', referred: '已移交 Referred', resolved: '已解决 Resolved', closed: '已关闭 Closed',
};
/** Mirrors hub-server complaints.ts: resolved and closed are final. */
const COMPLAINT_NEXT: Record<z.infer<typeof ComplaintStatus>, Array<z.infer<typeof ComplaintStatus>>> = {
  received: ['in-progress', 'referred', 'closed'],
  'in-progress': ['referred', 'resolved', 'closed'],
  referred: ['in-progress', 'resolved', 'closed'],
  resolved: [], closed: [],
};
export function complaintSteps(status: z.infer<typeof ComplaintStatus>): Array<z.infer<typeof ComplaintStatus>> {
  return COMPLAINT_NEXT[status];
}
export const COMPLAINT_KIND: Labels<typeof ComplaintKind> = {
  'wage-arrears': '拖欠工资 Wage arrears', 'no-contract': '未签合同 No contract', 'social-insurance': '未缴社保 No social insurance',
  injury: '工伤 Injury', dismissal: '违法解除 Unlawful dismissal', other: '其他 Other',
};

export const FAIR_THEME: Labels<typeof FairTheme> = {
  onsite: '现场招聘 On-site', industry: '行业专场 Industry', graduates: '高校毕业生 Graduates', migrant: '农民工 Migrant workers',
  disability: '残疾人 Disability', veterans: '退役军人 Veterans', general: '综合 General',
};
export const EMPLOYER_KIND: Labels<typeof EmployerKind> = {
  company: '企业 Company', dispatch: '劳务派遣 Dispatch agency', overseas: '境外就业 Overseas agency', agency: '职业中介 Agency',
};
export const LICENCE_STATUS: Labels<typeof LicenceStatus> = { valid: '有效 Valid', expired: '已过期 Expired', none: '无 None' };

/** "5400–7200 元/月": pay is stored as a monthly figure whatever the pay period, so the unit is always per month. */
export function payRange(job: { payMin: number; payMax: number }): string {
  if (!job.payMin && !job.payMax) return '面议 Negotiable';
  return job.payMin === job.payMax ? `${job.payMin} 元/月` : `${job.payMin}–${job.payMax} 元/月`;
}

/** A hub refusal as one line: its field messages when it names fields, otherwise its message. */
export function problemText(err: unknown): string {
  if (err instanceof ApiProblem) {
    const text = err.text ? `${err.text.zh} · ` : '';
    return text + (err.issues.length ? err.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : err.message);
  }
  return String(err);
}

/** "2026-11-26 14:05" in the browser's (the hall's) time. */
export function shortTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

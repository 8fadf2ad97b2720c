import { PrintDocument, type LocalizedText, type PrintBlockInput, type Seeker } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';
import { nextStepBlocks, type AtWindow } from '../services/at-window.ts';
import { EDUCATION_ZH } from '../jobs/labels.ts';

export interface RegistrationSlipInput {
  hallName: LocalizedText;
  seeker: Seeker;
  /** Names for the codes on the profile, in Chinese. */
  occupationNames: string[];
  homeDistrict: string;
  workDistricts: string[];
  certificateNames: string[];
  /** Where the registration is finished (3.1.2's line and windows), or null when no window does it. */
  window: AtWindow | null;
  issuedAt: Date;
  timeZone: string;
}

/**
 * 求职登记预填凭条: what the seeker entered at the kiosk, masked as everywhere, for the window that checks the ID
 * card and completes it — with its reference, which line and windows, where to wait and what to bring.
 */
export function registrationSlip(s: RegistrationSlipInput): PrintDocument {
  const p = s.seeker;
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: s.hallName.zh, align: 'center', bold: true },
    { type: 'text', text: '求职登记（预填）', align: 'center', size: 2, bold: true },
    { type: 'text', text: 'Job seeker registration (pre-filled)', align: 'center' },
    { type: 'rule' },
    { type: 'text', text: `登记编号 No. ${p.refNo ?? '—'}`, align: 'center', bold: true },
    { type: 'text', text: `姓名：${p.nameMasked}  身份证：${p.idMasked}` },
    { type: 'text', text: `手机：${p.phoneMasked}  居住：${s.homeDistrict}` },
    { type: 'text', text: `想做的工作：${s.occupationNames.join('、')}` },
    { type: 'text', text: `工作地区：${s.workDistricts.length ? s.workDistricts.join('、') : '不限'}` },
    { type: 'text', text: `期望月薪：${p.payMin ? `${p.payMin} 元以上` : '不限'}${p.avoidShifts.includes('night') ? '  不上夜班' : ''}` },
    { type: 'text', text: `学历：${EDUCATION_ZH[p.education]}  工作经验：${p.experienceYears ? `${p.experienceYears} 年` : '无'}` },
    { type: 'text', text: `技能：${p.skills.length ? p.skills.join('、') : '—'}` },
    { type: 'text', text: `证书：${s.certificateNames.length ? s.certificateNames.join('、') : '—'}` },
    { type: 'text', text: `推荐给用人单位：${p.consentToRecommend ? '同意（隐去姓名和证件号）' : '不同意'}` },
    { type: 'rule' },
    ...(s.window ? nextStepBlocks(s.window) : []),
    { type: 'text', text: printedTime(s.issuedAt, s.timeZone), align: 'center' },
    { type: 'feed', lines: 2 },
  ];
  return PrintDocument.parse({ kind: 'slip', blocks });
}

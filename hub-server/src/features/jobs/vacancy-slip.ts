import { PrintDocument, payLabel, type CreateVacancyBody, type Finding, type LocalizedText, type PrintBlockInput } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';
import { nextStepBlocks, type AtWindow } from '../services/at-window.ts';

export interface VacancySlipInput {
  hallName: LocalizedText;
  id: number;
  vacancy: CreateVacancyBody;
  districtName: string;
  /** Review findings staff will look at (blocking ones never get this far). */
  findings: Finding[];
  /** Where the registration is finished (3.1.1's line and windows). */
  window: AtWindow | null;
  issuedAt: Date;
  timeZone: string;
}

/**
 * 招聘登记预填凭条: the vacancy as submitted at the kiosk, for the employer window that checks the licence and
 * the authorisation: its number, the job in short, any wording staff will review, and which line, which
 * window, where to wait and what to bring.
 */
export function vacancySlip(s: VacancySlipInput): PrintDocument {
  const v = s.vacancy;
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: s.hallName.zh, align: 'center', bold: true },
    { type: 'text', text: '招聘登记（预填）', align: 'center', size: 2, bold: true },
    { type: 'text', text: 'Vacancy registration (pre-filled)', align: 'center' },
    { type: 'rule' },
    { type: 'text', text: `登记编号 No. ${s.id}`, align: 'center', bold: true },
    { type: 'text', text: `单位：${v.employerName}` },
    { type: 'text', text: `岗位：${v.title}  人数：${v.headcount}` },
    { type: 'text', text: `工资：${payLabel(v, 'zh')}  地区：${s.districtName}` },
    { type: 'text', text: `联系电话：${v.contactPhone}` },
    { type: 'text', text: '状态：待工作人员审核，审核通过后发布' },
    ...(s.findings.length
      ? [
          { type: 'text', text: '需人工审核的措辞：', bold: true } as PrintBlockInput,
          ...s.findings.map((f): PrintBlockInput => ({ type: 'text', text: `· “${f.text}” ${f.title.zh}` })),
        ]
      : []),
    { type: 'rule' },
    ...(s.window ? nextStepBlocks(s.window) : []),
    { type: 'text', text: printedTime(s.issuedAt, s.timeZone), align: 'center' },
    { type: 'feed', lines: 2 },
  ];
  return PrintDocument.parse({ kind: 'slip', blocks });
}

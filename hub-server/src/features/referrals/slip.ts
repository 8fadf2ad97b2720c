import { PrintDocument as PrintDocumentSchema, type LocalizedText, type PrintBlockInput, type PrintDocument } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';

export interface ReferralSlipInput {
  hallName: LocalizedText;
  hallAddress: LocalizedText;
  refNo: string;
  seekerName: string;
  seekerIdMasked: string;
  title: string;
  employerName: string;
  address: string;
  contact: string;
  pay: string;
  vacancyUrl: string;
  issuedAt: Date;
  timeZone: string;
  /** Days the slip is good for. */
  validDays: number;
}

/**
 * 职业介绍推荐信: the slip a seeker takes to the employer. It says who sends whom where: the reference, the seeker
 * (masked name and ID: the employer checks the ID card itself), the vacancy, the employer's address and contact,
 * and a QR to the vacancy page. The employer reports the outcome with the reference number.
 */
export function referralSlip(s: ReferralSlipInput): PrintDocument {
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: s.hallName.zh, align: 'center', bold: true },
    { type: 'text', text: '职业介绍推荐信', align: 'center', size: 2, bold: true },
    { type: 'text', text: 'Job referral slip', align: 'center' },
    { type: 'rule' },
    { type: 'text', text: `推荐编号 No. ${s.refNo}`, align: 'center', bold: true },
    { type: 'feed', lines: 1 },
    { type: 'text', text: `兹推荐 ${s.seekerName}（身份证 ${s.seekerIdMasked}）` },
    { type: 'text', text: `应聘岗位：${s.title}`, bold: true },
    { type: 'text', text: `用人单位：${s.employerName}` },
    { type: 'text', text: `地址：${s.address}` },
    { type: 'text', text: `联系人：${s.contact}` },
    { type: 'text', text: `薪资：${s.pay}` },
    { type: 'feed', lines: 1 },
    { type: 'text', text: `请在 ${s.validDays} 天内携带本推荐信和身份证原件前往面试。` },
    { type: 'text', text: 'Bring this slip and your ID card to the interview.' },
    { type: 'text', text: '用人单位请凭推荐编号反馈面试和录用结果。' },
    { type: 'qr', data: s.vacancyUrl, moduleSize: 5 },
    { type: 'text', text: '扫码查看岗位详情 Scan for the vacancy', align: 'center' },
    { type: 'rule' },
    { type: 'text', text: `${s.hallAddress.zh}  ${printedTime(s.issuedAt, s.timeZone)}`, align: 'center' },
    { type: 'feed', lines: 2 },
  ];
  return PrintDocumentSchema.parse({ kind: 'slip', blocks });
}

import { PrintDocument as PrintDocumentSchema, type LocalizedText, type PrintBlockInput, type PrintDocument } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';

export interface InterviewSlipInput {
  hallName: LocalizedText;
  hallAddress: LocalizedText;
  refNo: string;
  seekerName: string;
  seekerIdMasked: string;
  title: string;
  employerName: string;
  start: Date;
  end: Date;
  boothName: LocalizedText;
  boothLocation: LocalizedText;
  vacancyUrl: string;
  issuedAt: Date;
  timeZone: string;
}

/**
 * 远程面试预约单: what the seeker brings back on the day. When and where in both languages, which employer and
 * job, the reference the front desk looks up, and a QR to the vacancy page. Name and ID masked like a referral.
 */
export function interviewSlip(s: InterviewSlipInput): PrintDocument {
  const when = `${printedTime(s.start, s.timeZone)}–${printedTime(s.end, s.timeZone, false)}`;
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: s.hallName.zh, align: 'center', bold: true },
    { type: 'text', text: '远程面试预约单', align: 'center', size: 2, bold: true },
    { type: 'text', text: 'Video interview booking', align: 'center' },
    { type: 'rule' },
    { type: 'text', text: `预约编号 No. ${s.refNo}`, align: 'center', bold: true },
    { type: 'feed', lines: 1 },
    { type: 'text', text: `求职者：${s.seekerName}（身份证 ${s.seekerIdMasked}）` },
    { type: 'text', text: `面试岗位：${s.title}`, bold: true },
    { type: 'text', text: `用人单位：${s.employerName}` },
    { type: 'text', text: `时间 Time：${when}`, bold: true },
    { type: 'text', text: `地点：${s.boothName.zh}，${s.boothLocation.zh}`, bold: true },
    { type: 'text', text: `Room: ${s.boothName.en}, ${s.boothLocation.en}` },
    { type: 'feed', lines: 1 },
    { type: 'text', text: '请提前 10 分钟凭本单和身份证到服务台签到。' },
    { type: 'text', text: 'Come 10 minutes early with this slip and your ID card.' },
    { type: 'text', text: '不能来请在自助机上取消，把时间让给别人。' },
    { type: 'qr', data: s.vacancyUrl, moduleSize: 5 },
    { type: 'text', text: '扫码查看岗位详情 Scan for the vacancy', align: 'center' },
    { type: 'rule' },
    { type: 'text', text: `${s.hallAddress.zh}  ${printedTime(s.issuedAt, s.timeZone)}`, align: 'center' },
    { type: 'feed', lines: 2 },
  ];
  return PrintDocumentSchema.parse({ kind: 'slip', blocks });
}

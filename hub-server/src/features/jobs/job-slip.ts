import { PrintDocument, payLabel, type JobDetail, type LocalizedText, type PrintBlockInput } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';

export interface JobSlipInput {
  hallName: LocalizedText;
  job: JobDetail;
  /** Where the work is, in words: the address, else the work location, else the district. */
  where: string;
  issuedAt: Date;
  timeZone: string;
}

/**
 * 岗位信息单: a vacancy on paper for a visitor who will not register — what to take away to call or visit the
 * employer: the work, the employer, the address, whom to call, the pay in the unit it is paid in, board and
 * lodging, and a QR code to the vacancy's phone page. Nothing about the visitor.
 */
export function jobSlip(s: JobSlipInput): PrintDocument {
  const j = s.job;
  const terms = [j.meals && '包吃', j.lodging && '包住', j.payPeriod === 'daily' && '日结', j.payPeriod === 'weekly' && '周结'].filter(Boolean);
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: s.hallName.zh, align: 'center', bold: true },
    { type: 'text', text: '岗位信息 Job details', align: 'center' },
    { type: 'rule' },
    { type: 'text', text: j.title, align: 'center', size: 2, bold: true },
    { type: 'text', text: `工资 Pay: ${payLabel(j, 'zh')} · ${payLabel(j, 'en')}`, bold: true },
    ...(terms.length ? [{ type: 'text', text: `待遇：${terms.join(' · ')}` } as PrintBlockInput] : []),
    { type: 'text', text: `单位 Employer: ${j.employerName}` },
    { type: 'text', text: `地址 Address: ${s.where}` },
    { type: 'text', text: `联系 Contact: ${[j.contactName, j.contactPhone].filter(Boolean).join(' ')}`, bold: true },
    { type: 'text', text: `招聘人数 Openings: ${j.headcount}` },
    { type: 'rule' },
    { type: 'qr', data: j.url, moduleSize: 5 },
    { type: 'text', text: '扫码在手机上查看 Scan for this job on your phone', align: 'center' },
    { type: 'text', text: '去面试前请先打电话确认。Call before you go.', align: 'center' },
    { type: 'text', text: printedTime(s.issuedAt, s.timeZone), align: 'center' },
    { type: 'feed', lines: 2 },
  ];
  return PrintDocument.parse({ kind: 'slip', blocks });
}

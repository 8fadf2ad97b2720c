import { PrintDocument, type LocalizedText, type PrintBlockInput } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';

export interface BookingSlipInput {
  hallName: LocalizedText;
  title: LocalizedText;
  topic: LocalizedText | null;
  host: LocalizedText | null;
  start: Date;
  end: Date;
  where: LocalizedText;
  nameMasked: string;
  phoneMasked: string;
  partySize: number | null;
  organisation: string | null;
  code: string;
  issuedAt: Date;
  timeZone: string;
}

/**
 * 预约凭条: what the visitor brings on the day. The code large, when and where in both languages, with whom,
 * the holder masked as on every printout, and how to cancel so the place goes to someone else.
 */
export function bookingSlip(s: BookingSlipInput): PrintDocument {
  const when = `${printedTime(s.start, s.timeZone)}–${printedTime(s.end, s.timeZone, false)}`;
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: s.hallName.zh, align: 'center', bold: true },
    { type: 'text', text: '预约凭条', align: 'center', size: 2, bold: true },
    { type: 'text', text: 'Booking slip', align: 'center' },
    { type: 'rule' },
    { type: 'text', text: s.title.zh, align: 'center', bold: true },
    { type: 'text', text: s.title.en, align: 'center' },
    ...(s.topic ? [{ type: 'text' as const, text: `主题 Topic：${s.topic.zh} / ${s.topic.en}` }] : []),
    ...(s.host ? [{ type: 'text' as const, text: `指导老师 With：${s.host.zh} / ${s.host.en}` }] : []),
    { type: 'text', text: `时间 Time：${when}`, bold: true },
    { type: 'text', text: `地点：${s.where.zh}`, bold: true },
    { type: 'text', text: `Where: ${s.where.en}` },
    { type: 'text', text: `预约人 Name：${s.nameMasked}  手机 Mobile：${s.phoneMasked}` },
    ...(s.organisation ? [{ type: 'text' as const, text: `单位 Organisation：${s.organisation}` }] : []),
    ...(s.partySize ? [{ type: 'text' as const, text: `人数 People：${s.partySize}` }] : []),
    { type: 'feed', lines: 1 },
    { type: 'text', text: '预约码 Booking code', align: 'center' },
    { type: 'text', text: s.code, align: 'center', size: 3, bold: true },
    { type: 'feed', lines: 1 },
    { type: 'text', text: '请提前 10 分钟到达，凭本凭条和身份证报到。' },
    { type: 'text', text: 'Come 10 minutes early with this slip and your ID card.' },
    { type: 'text', text: '不能来请在自助机“取消预约”，输入预约码和手机尾号，把位置让给别人。' },
    { type: 'text', text: 'Cannot come? Cancel at a kiosk with this code and the last 4 digits of your mobile.' },
    { type: 'rule' },
    { type: 'text', text: printedTime(s.issuedAt, s.timeZone), align: 'center' },
    { type: 'feed', lines: 2 },
  ];
  return PrintDocument.parse({ kind: 'slip', blocks });
}

import type { LocalizedText, PrintBlockInput, PrintDocument } from '../../contract/index.ts';
import { PrintDocument as PrintDocumentSchema } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';

export interface TicketSlipInput {
  hallName: LocalizedText;
  number: string;
  service: LocalizedText;
  peopleAhead: number;
  waitMinutes: number;
  statusUrl: string;
  /** Where this line's visitors sit until they are called. */
  waitingArea: LocalizedText | null;
  issuedAt: Date;
  timeZone: string;
}

/**
 * The paper ticket. What the research on queue tickets says belongs on it: the number large, the service,
 * people ahead and the estimated wait, what happens if the number is missed, a QR to a live status page and
 * the time, and where to sit until called. No name, no ID number.
 */
export function ticketSlip(t: TicketSlipInput): PrintDocument {
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: t.hallName.zh, align: 'center', bold: true },
    { type: 'text', text: t.hallName.en, align: 'center' },
    { type: 'rule' },
    { type: 'text', text: `${t.service.zh}`, align: 'center', size: 2 },
    { type: 'text', text: t.service.en, align: 'center' },
    { type: 'feed', lines: 1 },
    { type: 'text', text: `${t.number} 号`, align: 'center', size: 4, bold: true },
    { type: 'feed', lines: 1 },
    {
      type: 'text',
      text: t.peopleAhead === 0 ? '您前面没有人等候' : `您前面还有 ${t.peopleAhead} 人，预计等候约 ${t.waitMinutes} 分钟`,
      align: 'center',
    },
    {
      type: 'text',
      text: t.peopleAhead === 0 ? 'You are next' : `${t.peopleAhead} ahead of you, about ${t.waitMinutes} min`,
      align: 'center',
    },
    ...(t.waitingArea
      ? [
          { type: 'text', text: `请在 ${t.waitingArea.zh} 等候`, align: 'center', bold: true },
          { type: 'text', text: `Please wait in: ${t.waitingArea.en}`, align: 'center' },
        ] satisfies PrintBlockInput[]
      : []),
    { type: 'text', text: '请留意叫号屏幕和语音提示，过号请重新取号', align: 'center' },
    { type: 'text', text: 'Watch the screens; a missed number needs a new ticket', align: 'center' },
    { type: 'qr', data: t.statusUrl, moduleSize: 6 },
    { type: 'text', text: '扫码查看排队进度 Scan to follow the queue', align: 'center' },
    { type: 'text', text: printedTime(t.issuedAt, t.timeZone), align: 'center' },
    { type: 'feed', lines: 2 },
  ];
  return PrintDocumentSchema.parse({ kind: 'ticket', blocks });
}

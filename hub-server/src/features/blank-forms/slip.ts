import { PrintDocument, type BlankFormSheet, type LocalizedText, type PrintBlockInput } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';

/**
 * 领表单: what the visitor hands the front desk — the forms by name, where to collect them, and a QR to the
 * forms on a phone. The forms themselves are A4 and print at the desk: a receipt roll is too narrow to write
 * on, fades, and cannot be filed with an application.
 */
export function pickUpSlip(s: { hallName: LocalizedText; sheets: readonly BlankFormSheet[]; formsUrl: string; issuedAt: Date; timeZone: string }): PrintDocument {
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: s.hallName.zh, align: 'center', bold: true },
    { type: 'text', text: '领表单', align: 'center', size: 2, bold: true },
    { type: 'text', text: 'Blank forms to collect', align: 'center' },
    { type: 'rule' },
    ...s.sheets.flatMap((sheet, i): PrintBlockInput[] => [
      { type: 'text', text: `${i + 1}. ${sheet.title.zh}`, bold: true },
      { type: 'text', text: `   ${sheet.title.en}` },
    ]),
    { type: 'rule' },
    { type: 'text', text: '请凭此单到 1楼总服务台免费领取 A4 表格', bold: true },
    { type: 'text', text: 'Collect the A4 forms free at the 1st-floor front desk' },
    { type: 'qr', data: s.formsUrl, moduleSize: 4 },
    { type: 'text', text: '扫码在手机上看表格 Scan to see the forms', align: 'center' },
    { type: 'text', text: printedTime(s.issuedAt, s.timeZone), align: 'center' },
    { type: 'feed', lines: 2 },
  ];
  return PrintDocument.parse({ kind: 'slip', blocks });
}

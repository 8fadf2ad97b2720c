import { PrintDocument, type LocalizedText, type PolicyEntry, type PrintBlockInput } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';

/**
 * 政策要点: the policies a visitor found, on receipt paper to take home — each with what it gives, who
 * qualifies, how to apply and where, and a QR to its phone page for the rest. Chinese, with the English title.
 */
export function policySlip(s: { hallName: LocalizedText; policies: Array<{ policy: PolicyEntry; url: string; because?: LocalizedText }>; issuedAt: Date; timeZone: string }): PrintDocument {
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: s.hallName.zh, align: 'center', bold: true },
    { type: 'text', text: '政策要点', align: 'center', size: 2, bold: true },
    { type: 'text', text: 'Policies for you', align: 'center' },
  ];
  for (const { policy: p, url, because } of s.policies) {
    blocks.push(
      { type: 'rule' },
      { type: 'text', text: p.title.zh, bold: true, size: 2 },
      { type: 'text', text: p.title.en },
      ...(because ? [{ type: 'text' as const, text: `为什么适合您：${because.zh}` }] : []),
      { type: 'text', text: p.summary.zh },
      { type: 'text', text: `能得到：${p.whatYouGet.zh}` },
      { type: 'text', text: '哪些人可以：', bold: true },
      ...p.whoQualifies.map((w) => ({ type: 'text' as const, text: `· ${w.zh}` })),
      { type: 'text', text: '怎么申请：', bold: true },
      ...p.howToApply.map((h, i) => ({ type: 'text' as const, text: `${i + 1}. ${h.zh}` })),
      { type: 'text', text: `在哪里办：${p.where.zh}`, bold: true },
      { type: 'qr', data: url, moduleSize: 4 },
      { type: 'text', text: '扫码在手机上看全文 Scan for the full text', align: 'center' },
    );
  }
  blocks.push(
    { type: 'rule' },
    { type: 'text', text: '金额和条件以窗口审核为准 Amounts and conditions are confirmed at the window', align: 'center' },
    { type: 'text', text: printedTime(s.issuedAt, s.timeZone), align: 'center' },
    { type: 'feed', lines: 2 },
  );
  return PrintDocument.parse({ kind: 'slip', blocks });
}

import { PrintDocument, type CvDocument, type Lang, type PrintBlockInput } from '../../contract/index.ts';

const PHONE = { zh: '电话', en: 'Phone' };
const MADE = { zh: '在{hall}自助机制作', en: 'Made at a kiosk of {hall}' };

/**
 * A CV on receipt paper: the name large (masked unless the person chose otherwise), the phone, then each
 * section with its entries. No ID number: a CV never asks for one.
 */
export function cvSlip(hallName: string, doc: CvDocument, lang: Lang, day: string): PrintDocument {
  const text = (s: string, extra: Partial<Extract<PrintBlockInput, { type: 'text' }>> = {}): PrintBlockInput => ({ type: 'text', text: s, ...extra });
  const colon = lang === 'zh' ? '：' : ': ';
  const blocks: PrintBlockInput[] = [text(doc.title, { align: 'center' })];
  if (doc.name) blocks.push(text(doc.name, { align: 'center', size: 2, bold: true }));
  if (doc.phone) blocks.push(text(`${PHONE[lang]}${colon}${doc.phone}`, { align: 'center' }));
  for (const s of doc.sections) {
    blocks.push({ type: 'rule' }, text(s.title, { bold: true }));
    s.entries.forEach((entry, i) => {
      if (i > 0) blocks.push(text('—'));
      for (const l of entry) blocks.push(text(`${l.label}${colon}${l.value}`));
    });
  }
  blocks.push({ type: 'rule' }, text(`${MADE[lang].replace('{hall}', hallName)} · ${day}`, { align: 'center' }), { type: 'feed', lines: 2 });
  return PrintDocument.parse({ kind: 'slip', blocks: blocks.slice(0, 200) });
}

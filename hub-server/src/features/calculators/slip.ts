import { PrintDocument, type CalcResult, type Lang, type LocalizedText, type PrintBlockInput } from '../../contract/index.ts';

const W: Record<string, LocalizedText> = {
  result: { zh: '计算结果（估算）', en: 'Estimate' },
  yours: { zh: '您填写的', en: 'What you told us' },
  figures: { zh: '依据的数值', en: 'Figures used' },
  steps: { zh: '怎么算的', en: 'How it was worked out' },
  from: { zh: '起执行', en: 'in force from' },
  demo: { zh: '演示值', en: 'demo value' },
  met: { zh: '[符合]', en: '[met]' },
  notMet: { zh: '[不符合]', en: '[not met]' },
  rules: { zh: '规则版本', en: 'Rules' },
  asOf: { zh: '按此日规定计算', en: 'Rules in force on' },
  demoNote: { zh: '注意：带“演示值”的数字是演示数据，不是本市标准。', en: 'Note: figures marked "demo value" are for the demo, not the city\'s.' },
};

/**
 * A calculator's result on paper, in the visitor's language: the result in plain words, then every line of how
 * it was reached, the rule version and the day whose rules were used, so a counter can check it. Nothing of
 * the visitor's identity is asked by a calculator, so nothing needs masking.
 */
export function calcSlip(hallName: string, title: LocalizedText, r: CalcResult, lang: Lang): PrintDocument {
  const t = (x: LocalizedText) => x[lang];
  const text = (s: string, extra: Partial<Extract<PrintBlockInput, { type: 'text' }>> = {}): PrintBlockInput => ({ type: 'text', text: s, ...extra });
  const colon = lang === 'zh' ? '：' : ': ';
  const blocks: PrintBlockInput[] = [
    text(hallName, { align: 'center', bold: true }),
    text(t(W.result!), { align: 'center' }),
    text(t(title), { align: 'center', size: 2, bold: true }),
    { type: 'rule' },
    ...r.headline.map((h) => text(t(h), { bold: true })),
    { type: 'rule' },
  ];
  const inputs = r.lines.filter((l) => l.kind === 'input');
  if (inputs.length) blocks.push(text(t(W.yours!), { bold: true }), ...inputs.map((l) => text(`${t(l.label)}${colon}${t(l.shown)}`)));
  const figures = r.lines.flatMap((l) => (l.kind === 'figure' ? [l] : []));
  if (figures.length) {
    blocks.push(text(t(W.figures!), { bold: true }));
    for (const f of figures) blocks.push(text(`${t(f.label)}${colon}${t(f.shown)}（${f.from} ${t(W.from!)}${f.demo ? `，${t(W.demo!)}` : ''}）`));
  }
  blocks.push(text(t(W.steps!), { bold: true }));
  for (const l of r.lines) {
    if (l.kind === 'check') blocks.push(text(`${l.ok ? t(W.met!) : t(W.notMet!)} ${t(l.label)}${l.ok ? '' : `${colon}${t(l.shown)}`}`));
    if (l.kind === 'value') {
      blocks.push(text(`${t(l.label)}${colon}${t(l.shown)}`, { bold: true }));
      if (l.how) blocks.push(text(`  ${t(l.how)}`));
      for (const b of l.bands) blocks.push(text(`  ${t(b)}`));
    }
    if (l.kind === 'table') {
      blocks.push(text(t(l.label), { bold: true }), text(l.columns.map(t).join(' | ')));
      // A paper slip holds 200 blocks; a schedule longer than 40 rows is cut, and says so.
      for (const row of l.rows.slice(0, 40)) blocks.push(text(row.map(t).join(' | ')));
      if (l.rows.length > 40) blocks.push(text(`… ${l.rows.length - 40}`));
    }
  }
  blocks.push(
    { type: 'rule' },
    text(`${t(W.rules!)}${colon}${r.ruleVersion}`),
    text(`${t(W.asOf!)}${colon}${r.asOf}`),
    text(t(r.caveat)),
    ...(r.demo ? [text(t(W.demoNote!), { bold: true })] : []),
    { type: 'feed', lines: 2 },
  );
  return PrintDocument.parse({ kind: 'slip', blocks });
}

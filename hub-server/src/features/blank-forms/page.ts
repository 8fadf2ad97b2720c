import type { BlankFormSheet, BlankRow, LocalizedText } from '../../contract/index.ts';
import { html, type SafeHtml } from '../publishing/html.ts';

/**
 * A blank form as one A4 page: every box labelled in Chinese with the English under it, write-in lines tall
 * enough for handwriting, tick boxes, and the date and signature. Black on white, so it photocopies; on
 * screen it shows on grey with a print button, which printing drops.
 */
const CSS = `
@page{size:A4 portrait;margin:0}
*{box-sizing:border-box}
html,body{margin:0;background:#888}
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",system-ui,sans-serif;color:#000}
.sheet{width:210mm;min-height:297mm;margin:8mm auto;background:#fff;padding:14mm 15mm 12mm}
.hall{font-size:11pt;margin:0 0 2mm}
h1{font-size:20pt;margin:0;text-align:center}
.en{font-size:9pt;color:#222;font-weight:400}
h1 .en{display:block;font-size:11pt;margin-bottom:4mm}
h2{font-size:12pt;margin:4mm 0 1mm;padding:1mm 2mm;background:#000;color:#fff}
h2 .en{color:#fff}
.rows{display:flex;flex-wrap:wrap;border-left:0.3mm solid #000;border-top:0.3mm solid #000}
.row{width:100%;display:flex;border-right:0.3mm solid #000;border-bottom:0.3mm solid #000;min-height:11mm}
.row.half{width:50%}
.label{width:34mm;flex:none;padding:1.5mm 2mm;font-size:10.5pt;border-right:0.3mm solid #000;background:#f2f2f2}
.row.half .label{width:28mm}
.field{flex:1;padding:1.5mm 2mm;font-size:10.5pt}
.lines div{border-bottom:0.2mm dashed #666;height:8mm}
.box{display:inline-block;margin-right:5mm;white-space:nowrap}
.box::before{content:"";display:inline-block;width:3.5mm;height:3.5mm;border:0.3mm solid #000;margin-right:1.5mm;vertical-align:-0.5mm}
.sign .label{width:auto;flex:1;background:#fff}
.sign .field{flex:none;width:80mm}
.bring{margin-top:4mm;font-size:10pt}
.bring ul{margin:1mm 0 0;padding-left:5mm}
.foot{margin-top:3mm;font-size:9pt;color:#333;display:flex;justify-content:space-between}
.print{display:block;margin:0 auto 8mm;font-size:18px;padding:12px 28px}
@media print{html,body{background:#fff}.sheet{margin:0}.print{display:none}}
`;

const both = (t: LocalizedText) => html`${t.zh}<br><span class="en">${t.en}</span>`;

function field(r: BlankRow): SafeHtml {
  switch (r.kind) {
    case 'lines':
      return html`<div class="field lines">${Array.from({ length: r.lines }, () => html`<div></div>`)}</div>`;
    case 'choices':
      return html`<div class="field">${r.options.map((o) => html`<span class="box">${o.zh} <span class="en">${o.en}</span></span>`)}</div>`;
    case 'date':
      return html`<div class="field">&nbsp;&nbsp;&nbsp;&nbsp;年&nbsp;&nbsp;&nbsp;&nbsp;月&nbsp;&nbsp;&nbsp;&nbsp;日</div>`;
    case 'sign':
      return html`<div class="field">签名 <span class="en">Signature</span>：<br><br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;年&nbsp;&nbsp;&nbsp;&nbsp;月&nbsp;&nbsp;&nbsp;&nbsp;日</div>`;
    default:
      return html`<div class="field"></div>`;
  }
}

export function blankFormPage(sheet: BlankFormSheet, hallName: LocalizedText, where: LocalizedText | null): string {
  const page = html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sheet.title.zh} · ${sheet.title.en}</title><style>${CSS}</style></head><body>
<button class="print" onclick="window.print()">打印 Print</button>
<main class="sheet"><p class="hall">${hallName.zh} <span class="en">${hallName.en}</span></p>
<h1>${sheet.title.zh}<span class="en">${sheet.title.en}</span></h1>
${sheet.sections.map((s) => html`<h2>${s.title.zh} <span class="en">${s.title.en}</span></h2><div class="rows">
  ${s.rows.map((r) => html`<div class="row ${r.half ? 'half' : ''} ${r.kind === 'sign' ? 'sign' : ''}"><div class="label">${both(r.label)}</div>${field(r)}</div>`)}</div>`)}
${sheet.bring.length ? html`<div class="bring"><strong>请同时带上 Bring with it</strong><ul>${sheet.bring.map((b) => html`<li>${b.zh} <span class="en">${b.en}</span></li>`)}</ul></div>` : ''}
<div class="foot"><span>${where ? html`交表地点 Hand in at: ${where.zh} <span class="en">${where.en}</span>` : ''}</span><span>免费领取 · 复印有效 Free; copies accepted</span></div>
</main></body></html>`;
  return page.value;
}

/** The index page the front desk keeps open: every form by name, each a link to its A4 page. */
export function blankFormIndex(sheets: readonly BlankFormSheet[], hallName: LocalizedText): string {
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>空白表格 · Blank forms</title><style>body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;font-size:18px}
li{margin:.6rem 0}a{font-size:20px}.en{color:#444;font-size:15px}</style></head><body>
<h1>${hallName.zh} · 空白表格 <span class="en">Blank forms</span></h1>
<ul>${sheets.map((s) => html`<li><a href="/forms/${s.id}">${s.title.zh}</a> <span class="en">${s.title.en}</span><br><span class="en">${s.describe.zh} · ${s.describe.en}</span></li>`)}</ul>
</body></html>`.value;
}

import type { Lang, PublicNotice, PublicVacancy } from '../../contract/index.ts';
import { dateOf, tr, vacancyFacts } from './format.ts';
import { html, trusted, type SafeHtml } from './html.ts';
import { qrSvg } from './qr.ts';

/** Rows that fit one A4 sheet at a size readable from a step away. */
export const POSTER_ROWS = 12;

/**
 * A4 posters for notice boards (2.1.3): one sheet, black on white (photocopies well), a QR code to the phone
 * page. The screen preview shows the sheet on grey with a print button; printing drops everything but the sheet.
 */
const CSS = `
@page{size:A4 portrait;margin:0}
*{box-sizing:border-box}
html,body{margin:0;background:#888}
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",system-ui,sans-serif;color:#000}
.sheet{width:210mm;height:297mm;margin:8mm auto;background:#fff;padding:16mm 16mm 12mm;display:flex;flex-direction:column;overflow:hidden}
.hall{font-size:14pt;margin:0 0 4mm;border-bottom:1.2mm solid #000;padding-bottom:3mm}
h1{font-size:30pt;line-height:1.2;margin:0 0 4mm}
.date{font-size:12pt;margin:0 0 6mm}
.body{flex:1;overflow:hidden;line-height:1.55}
.body p{margin:0 0 3mm}
table{width:100%;border-collapse:collapse;font-size:12pt}
th,td{border-bottom:0.3mm solid #000;padding:2mm 1.5mm;text-align:left;vertical-align:top}
th{font-size:11pt}
td.no{white-space:nowrap;font-variant-numeric:tabular-nums}
.foot{display:flex;gap:8mm;align-items:center;border-top:0.6mm solid #000;padding-top:5mm;margin-top:4mm}
.qr{width:42mm;height:42mm;flex:none}
.foot p{margin:0 0 2mm;font-size:13pt}
.foot .big{font-size:17pt;font-weight:700}
.print{display:block;margin:0 auto 8mm;font-size:18px;padding:12px 28px}
@media print{html,body{background:#fff}.sheet{margin:0}.print{display:none}}
`;

/**
 * Longer notices get smaller type so one sheet still holds them (pt by characters of body text). The body
 * area is about 178 × 175 mm; a notice's longest text (2,000 characters) fits at 8.5 pt, checked in Chromium.
 */
export function bodySize(chars: number): number {
  return chars <= 300 ? 20 : chars <= 600 ? 16 : chars <= 1000 ? 12 : chars <= 1500 ? 9.5 : 8.5;
}

interface Frame {
  lang: Lang;
  title: string;
  hallName: string;
  enquiryPhone: string;
  qrUrl: string;
}

/** Served at /posters/print.js: every page's button.print prints the page. */
export const PRINT_BUTTON_SCRIPT = "for (const b of document.querySelectorAll('button.print')) b.addEventListener('click', () => window.print());\n";

function sheet(f: Frame, inner: SafeHtml, scanLine: string): string {
  return `<!doctype html>${html`<html lang="${f.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${f.title}</title><style>${trusted(CSS)}</style><script src="/posters/print.js" defer></script></head>
<body><button class="print" type="button">${f.lang === 'zh' ? '打印' : 'Print'}</button><div class="sheet">
<p class="hall">${f.hallName}</p>${inner}
<div class="foot">${qrSvg(f.qrUrl, scanLine)}<div><p class="big">${scanLine}</p><p>${f.qrUrl}</p>
<p>${f.lang === 'zh' ? '咨询电话' : 'Enquiries'} ${f.enquiryPhone} · ${f.lang === 'zh' ? '劳动保障咨询' : 'Labour hotline'} 12333</p></div></div>
</div></body></html>`.value}`;
}

export function noticePoster(n: PublicNotice, f: Omit<Frame, 'title' | 'qrUrl'> & { timeZone: string }): string {
  const body = tr(n.body, f.lang);
  const inner = html`<h1>${tr(n.title, f.lang)}</h1><p class="date">${dateOf(n.publishedAt, f.timeZone, f.lang)}</p>
    <div class="body" style="font-size:${bodySize(body.length)}pt">${body.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => html`<p>${p}</p>`)}</div>`;
  return sheet({ ...f, title: tr(n.title, f.lang), qrUrl: n.url }, inner, f.lang === 'zh' ? '扫码在手机上看全文' : 'Scan to read it on your phone');
}

export function jobsPoster(list: { heading: string; items: PublicVacancy[]; total: number; listUrl: string; asOf: string }, f: Omit<Frame, 'title' | 'qrUrl'>): string {
  const L = f.lang;
  const rows = list.items.slice(0, POSTER_ROWS);
  const inner = html`<h1>${list.heading}</h1><p class="date">${list.asOf} · ${L === 'zh' ? `共 ${list.total} 个岗位在招${list.total > rows.length ? `，这里列出最新的 ${rows.length} 个` : ''}` : `${list.total} open${list.total > rows.length ? `, the newest ${rows.length} listed` : ''}`}</p>
    <div class="body"><table><thead><tr><th>${L === 'zh' ? '编号' : 'No.'}</th><th>${L === 'zh' ? '岗位 · 单位' : 'Job · employer'}</th><th>${L === 'zh' ? '地点' : 'Where'}</th><th>${L === 'zh' ? '待遇' : 'Terms'}</th><th>${L === 'zh' ? '人数' : 'Posts'}</th></tr></thead>
    <tbody>${rows.map((j) => html`<tr><td class="no">${j.id}</td><td><strong>${j.title}</strong><br>${j.employerName}</td><td>${j.districtName}</td><td>${vacancyFacts(j, L).join(L === 'zh' ? '，' : ', ')}</td><td>${j.headcount}</td></tr>`)}</tbody></table>
    ${rows.length ? '' : html`<p>${L === 'zh' ? '目前没有符合条件的岗位。' : 'No vacancies match at the moment.'}</p>`}
    <p>${L === 'zh' ? '应聘请记下编号，带身份证到大厅取 B 字头号办理推荐。' : 'To apply, note the number and bring your ID card to the hall; take a B ticket for a referral.'}</p></div>`;
  return sheet({ ...f, title: list.heading, qrUrl: list.listUrl }, inner, L === 'zh' ? '扫码在手机上看全部岗位' : 'Scan for every job on your phone');
}

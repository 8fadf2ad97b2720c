import type { CvDocument, Lang } from '../../contract/index.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const W = {
  open: { zh: '打开我的简历', en: 'Open my CV' },
  openHint: { zh: '这个二维码只能打开一次。打开后请马上截图或保存，离开页面就不能再打开了。', en: 'This code opens once. Once open, take a screenshot or save it: it cannot be opened again.' },
  gone: { zh: '这个二维码已经用过或过期了。请回到自助机重新生成。', en: 'This code has been used or has expired. Make a new one at the kiosk.' },
  save: { zh: '截图或用浏览器的“打印/保存为 PDF”保存这份简历。', en: 'Take a screenshot, or use the browser\'s Print / Save as PDF, to keep this CV.' },
  phone: { zh: '电话', en: 'Phone' },
};

function shell(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(title)}</title><style>
body{font:18px/1.6 system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#1b1f24;margin:0;padding:20px;max-width:40em}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;color:#0a58a8;border-bottom:2px solid #c9d1db;margin:20px 0 8px}
.entry{margin:0 0 12px}.line b{display:inline-block;min-width:6em}button{font:inherit;font-weight:700;min-height:64px;padding:0 28px;border-radius:12px;border:0;background:#0a58a8;color:#fff}
.hint{color:#3d4651}@media print{.hint{display:none}}</style></head><body>${body}</body></html>`;
}

/** The page a phone first lands on: nothing personal, one button that opens the CV (link previewers do not press it). */
export function openPage(token: string, lang: Lang, waiting: boolean): string {
  if (!waiting) return shell(lang, 'CV', `<p>${esc(W.gone[lang])}</p>`);
  return shell(lang, 'CV', `<form method="post" action="/cv/${esc(token)}" enctype="text/plain"><p class="hint">${esc(W.openHint[lang])}</p>
<button id="open-cv">${esc(W.open[lang])}</button></form>`);
}

/** The CV itself, shown once. */
export function cvPage(doc: CvDocument, lang: Lang): string {
  const head = `<h1>${esc(doc.name ?? doc.title)}</h1>${doc.phone ? `<p>${esc(W.phone[lang])}: ${esc(doc.phone)}</p>` : ''}`;
  const sections = doc.sections.map((s) => `<h2>${esc(s.title)}</h2>${s.entries.map((e) =>
    `<div class="entry">${e.map((l) => `<div class="line"><b>${esc(l.label)}</b> ${esc(l.value)}</div>`).join('')}</div>`).join('')}`).join('');
  return shell(lang, doc.title, `${head}${sections}<p class="hint">${esc(W.save[lang])}</p>`);
}

/** Used, expired or never given: the same answer for each, so a guess learns nothing. */
export function gonePage(lang: Lang): string {
  return openPage('', lang, false);
}

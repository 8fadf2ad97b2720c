import type { Lang } from '../../contract/index.ts';
import { html, trusted, type SafeHtml } from './html.ts';

/**
 * The frame of every phone page: readable at 390 px without sideways scrolling (long words and numbers wrap,
 * nothing has a fixed width), large tap targets, tappable phone numbers, no kiosk chrome and no script.
 */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:18px/1.6 system-ui,"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;color:#1a1a1a;background:#f6f7f9;overflow-wrap:anywhere}
header{background:#0b5cad;color:#fff;padding:12px 16px}
header .hall{font-size:15px;opacity:.9;margin:0}
header h1{font-size:24px;line-height:1.3;margin:4px 0 0}
nav{display:flex;flex-wrap:wrap;gap:8px;padding:10px 16px;background:#fff;border-bottom:1px solid #dde1e6}
nav a{display:inline-flex;align-items:center;min-height:44px;padding:0 14px;border-radius:22px;background:#eef3fa;color:#0b5cad;text-decoration:none;font-size:17px}
nav a[aria-current=page]{background:#0b5cad;color:#fff}
main{padding:12px 16px 24px;max-width:44rem;margin:0 auto}
ul.items{list-style:none;margin:0;padding:0;display:grid;gap:12px}
.card{display:block;background:#fff;border:1px solid #dde1e6;border-radius:12px;padding:14px 16px;color:inherit;text-decoration:none}
a.card{min-height:48px}
.card h2{font-size:20px;margin:0 0 6px;line-height:1.35;color:#0b5cad}
.meta{color:#555;font-size:16px;margin:0}
.facts{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 0;padding:0;list-style:none}
.facts li{background:#f0f4ec;border-radius:6px;padding:2px 8px;font-size:16px}
article h2{font-size:22px;line-height:1.35}
dl{margin:0}dt{font-weight:600;margin-top:12px}dd{margin:2px 0 0}
a.tel{display:inline-block;min-height:44px;line-height:44px;font-weight:600;color:#0b5cad}
.button{display:inline-flex;align-items:center;justify-content:center;min-height:48px;padding:0 18px;border-radius:10px;background:#0b5cad;color:#fff;text-decoration:none;font-size:18px;margin:8px 8px 0 0}
.empty{background:#fff;border-radius:12px;padding:16px}
footer{padding:16px;color:#555;font-size:15px;border-top:1px solid #dde1e6;background:#fff}
footer p{margin:4px 0}
`;

export type Section = 'jobs' | 'notices' | 'fairs' | 'courses' | 'policies';

const NAV: Array<{ id: Section; path: string; zh: string; en: string }> = [
  { id: 'jobs', path: '/jobs', zh: '招聘岗位', en: 'Jobs' },
  { id: 'notices', path: '/notices', zh: '通知公告', en: 'Notices' },
  { id: 'fairs', path: '/fairs', zh: '招聘会', en: 'Job fairs' },
  { id: 'courses', path: '/courses', zh: '培训课程', en: 'Training' },
  { id: 'policies', path: '/policies', zh: '就业政策', en: 'Policies' },
];

export interface PageFrame {
  lang: Lang;
  section: Section;
  title: string;
  hallName: string;
  hallAddress: string;
  enquiryPhone: SafeHtml;
  /** This page's path, for the language switch. */
  path: string;
  /** Feeds a reader can subscribe to from here. */
  feeds?: Array<{ type: string; href: string; title: string }>;
}

/** `?lang=en` on a path that may already have a query. */
export function withLang(path: string, lang: Lang): string {
  if (lang === 'zh') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

export function phonePage(f: PageFrame, body: SafeHtml): string {
  const other: Lang = f.lang === 'zh' ? 'en' : 'zh';
  const switchPath = other === 'en' ? withLang(f.path, 'en') : f.path.replace(/([?&])lang=en&?/, '$1').replace(/[?&]$/, '');
  return `<!doctype html>${html`<html lang="${f.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${f.title} · ${f.hallName}</title>
${(f.feeds ?? []).map((l) => html`<link rel="alternate" type="${l.type}" href="${l.href}" title="${l.title}">`)}
<style>${trusted(CSS)}</style></head>
<body><header><p class="hall">${f.hallName}</p><h1>${f.title}</h1></header>
<nav aria-label="${f.lang === 'zh' ? '栏目' : 'Sections'}">${NAV.map((n) => html`<a href="${withLang(n.path, f.lang)}"${n.id === f.section ? html` aria-current="page"` : ''}>${f.lang === 'zh' ? n.zh : n.en}</a>`)}<a href="${switchPath}" lang="${other === 'zh' ? 'zh-CN' : 'en'}">${other === 'zh' ? '中文' : 'English'}</a></nav>
<main>${body}</main>
<footer><p>${f.hallName} · ${f.hallAddress}</p><p>${f.lang === 'zh' ? '咨询电话' : 'Enquiries'} ${f.enquiryPhone} · ${f.lang === 'zh' ? '劳动保障咨询' : 'Labour hotline'} <a class="tel" href="tel:12333">12333</a></p>
${(f.feeds ?? []).length ? html`<p>${f.lang === 'zh' ? '订阅更新' : 'Subscribe'}: ${(f.feeds ?? []).map((l, i) => html`${i ? ' · ' : ''}<a href="${l.href}">${l.title}</a>`)}</p>` : ''}</footer>
</body></html>`.value}`;
}

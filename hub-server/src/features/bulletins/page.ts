import type { Bulletin } from '../../contract/index.ts';
import { html, trusted } from '../publishing/html.ts';
import { columnChart, horizontalBars } from './charts.ts';

const THEME_ZH: Record<string, string> = {
  onsite: '现场招聘', industry: '行业专场', graduates: '高校毕业生专场', migrant: '农民工专场', disability: '残疾人专场', veterans: '退役军人专场', general: '综合招聘会',
};

const CSS = `
@page{size:A4 portrait;margin:16mm 15mm}
*{box-sizing:border-box}
body{margin:0 auto;max-width:180mm;padding:16px;font:11pt/1.6 "WenQuanYi Micro Hei","Noto Sans CJK SC",system-ui,sans-serif;color:#000;overflow-wrap:anywhere}
header{border-bottom:1.2mm solid #000;margin-bottom:5mm}
header p{margin:0}
h1{font-size:22pt;margin:2mm 0}
h2{font-size:14pt;margin:7mm 0 2mm;border-left:2mm solid #0b5cad;padding-left:2mm;break-after:avoid}
.figures{display:grid;grid-template-columns:repeat(4,1fr);gap:3mm;margin:0}
.figures div{border:0.3mm solid #000;padding:2mm;text-align:center}
.figures dt{font-size:9.5pt}
.figures dd{margin:0;font-size:18pt;font-weight:700}
svg.chart{width:100%;height:auto;break-inside:avoid}
table{width:100%;border-collapse:collapse;font-size:10.5pt}
th,td{border-bottom:0.3mm solid #000;padding:1.5mm;text-align:left}
footer{margin-top:8mm;font-size:9pt;border-top:0.3mm solid #000;padding-top:2mm}
.print{font-size:16px;padding:10px 24px}
@media print{.print{display:none}body{padding:0}}
@media (max-width:600px){.figures{grid-template-columns:repeat(2,1fr)}}
`;

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** The printable issue: figures, charts (inline SVG) and tables from the stored figures only. */
export function bulletinPage(b: Bulletin, hallName: string): string {
  const f = b.figures;
  const v = f.vacancies;
  return `<!doctype html>${html`<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${b.title} 第${b.issueNo}期</title><style>${trusted(CSS)}</style><script src="/posters/print.js" defer></script></head><body>
<button class="print" type="button">打印</button>
<header><p>${hallName}</p><h1>${b.title}</h1><p>第 ${b.issueNo} 期 · 统计期 ${b.from} 至 ${b.to} · 生成于 ${b.generatedAt.slice(0, 10)}</p></header>
<dl class="figures">
  <div><dt>新发布岗位</dt><dd>${v.published}</dd></div>
  <div><dt>招聘人数</dt><dd>${v.headcount}</dd></div>
  <div><dt>推荐成功上岗</dt><dd>${f.referrals.hired}</dd></div>
  <div><dt>大厅服务人次</dt><dd>${f.queue.served}</dd></div>
</dl>
<h2>需求最多的职业</h2>
${v.topOccupations.length ? trusted(horizontalBars(v.topOccupations.map((o) => ({ label: o.name, value: o.count })), '需求最多的职业（岗位数）', '个')) : html`<p>本期没有新发布的岗位。</p>`}
<p>月薪岗位工资中位数：${v.medianMonthlyPay === null ? '—' : `${v.medianMonthlyPay} 元`}；统计时在招岗位 ${v.openAtEnd} 个。</p>
<h2>每周新发布岗位</h2>
${f.weekly.length ? trusted(columnChart(f.weekly.map((w) => ({ label: w.week.slice(5), value: w.published })), '每周新发布岗位数')) : html`<p>—</p>`}
<h2>各区岗位</h2>
<table><thead><tr><th>区</th><th>岗位数</th><th>招聘人数</th></tr></thead><tbody>
${v.byDistrict.map((d) => html`<tr><td>${d.name}</td><td>${d.count}</td><td>${d.headcount}</td></tr>`)}</tbody></table>
<h2>招聘会</h2>
${f.fairs.length ? html`<table><thead><tr><th>日期</th><th>名称</th><th>类型</th><th>展位</th></tr></thead><tbody>
${f.fairs.map((x) => html`<tr><td>${x.day}</td><td>${x.title}</td><td>${THEME_ZH[x.theme] ?? x.theme}</td><td>${x.boothsTaken}/${x.booths}</td></tr>`)}</tbody></table>` : html`<p>本期没有招聘会。</p>`}
<h2>职业介绍与跟踪</h2>
<p>本期推荐 ${f.referrals.made} 人次，其中成功上岗 ${f.referrals.hired} 人次，已面试待结果 ${f.referrals.interviewed} 人次，仍在跟踪 ${f.referrals.open} 人次，未成功 ${f.referrals.other} 人次。</p>
<h2>大厅服务</h2>
<p>取号 ${f.queue.tickets} 张，办结 ${f.queue.served} 人次，平均等候 ${f.queue.waitAvgMinutes ?? '—'} 分钟，按时叫号率 ${pct(f.queue.withinTargetShare)}。</p>
${f.queue.byLine.length ? trusted(horizontalBars(f.queue.byLine.map((l) => ({ label: l.name.zh, value: l.served })), '各业务办结人次', '人次')) : ''}
<footer>数据来自本大厅的业务记录，只含汇总数字，不含任何个人信息。</footer>
</body></html>`.value}`;
}

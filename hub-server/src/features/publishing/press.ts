import { strToU8, zipSync } from 'fflate';
import type { PublicFair, PublicNotice, PublicVacancy, PublishingFile } from '../../contract/index.ts';
import { dayText } from './format.ts';

/**
 * Press releases (2.2.1 新闻媒体发布): notices and fair announcements as 新闻通稿 — headline, dateline and lead,
 * body, press contact, and the ### end mark newsrooms look for — one UTF-8 plain-text file each, zipped. Plain
 * text is what every newsroom system takes and what an editor can paste without cleaning; file names are ASCII
 * so any unzip tool keeps them.
 */
export interface PressRelease {
  file: string;
  kind: 'notice' | 'fair';
  headline: string;
  lead: string;
  body: string[];
}

export interface PressContext {
  hallName: string;
  city: string;
  press: PublishingFile['pressOffice'];
  /** The release day (the hall's today), YYYY-MM-DD. */
  today: string;
}

const dateZh = (day: string) => { const [y, m, d] = day.split('-').map(Number); return `${y}年${m}月${d}日`; };

/** The lead is the notice's first sentence; the body is the rest, by paragraph. */
export function noticeRelease(n: PublicNotice, day: string, ctx: PressContext): PressRelease {
  const text = n.body.zh.trim();
  const cut = text.search(/[。！？]/);
  const lead = cut >= 0 ? text.slice(0, cut + 1) : text;
  const rest = (cut >= 0 ? text.slice(cut + 1) : '').split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  return {
    file: `${day}-notice-${n.id.slice(0, 8)}.txt`,
    kind: 'notice',
    headline: n.title.zh,
    lead: `${ctx.city}讯（${dateZh(day)}）${ctx.hallName}发布通知：${lead}`,
    body: [...rest, `全文见：${n.url}`],
  };
}

export function fairRelease(f: PublicFair, employers: string[], vacancies: PublicVacancy[], ctx: PressContext): PressRelease {
  const posts = vacancies.reduce((s, j) => s + j.headcount, 0);
  const when = `${dateZh(f.day)}（${dayText(f.day, 'zh').split(' ')[1]}）${f.starts}至${f.ends}`;
  return {
    file: `${f.day}-fair-${f.id.slice(0, 8)}.txt`,
    kind: 'fair',
    headline: `${f.title}${f.day >= ctx.today ? '将于' : '于'}${dateZh(f.day).slice(5)}举行`,
    lead: `${ctx.city}讯（${dateZh(ctx.today)}）${ctx.hallName}将于${when}在${f.venue}举办“${f.title}”，设展位${f.booths}个，求职者免费入场。`,
    body: [
      ...(f.description ? [f.description] : []),
      employers.length ? `目前已有${employers.length}家单位预订展位，包括${employers.slice(0, 8).join('、')}${employers.length > 8 ? '等' : ''}。` : '展位预订正在进行中，用人单位可在大厅自助机或窗口预订。',
      vacancies.length ? `已发布参会岗位${vacancies.length}个，计划招聘${posts}人。` : '',
      '求职者请携带本人居民身份证和简历参会，可提前在大厅自助机报名。招聘会不向求职者收取任何费用。',
      `详情：${f.url}`,
    ].filter(Boolean),
  };
}

export function releaseText(r: PressRelease, ctx: PressContext): string {
  return [
    '新闻通稿',
    `发布单位：${ctx.hallName}`,
    `发布日期：${dateZh(ctx.today)}`,
    '可即时发布',
    '',
    r.headline,
    '',
    r.lead,
    '',
    ...r.body.flatMap((p) => [p, '']),
    `新闻联系：${ctx.press.name.zh}`,
    `电话：${ctx.press.phone}`,
    `邮箱：${ctx.press.email}`,
    '',
    '###',
    '',
  ].join('\r\n');
}

/** The zip: the releases and an index listing them, newest first. */
export function pressZip(releases: PressRelease[], ctx: PressContext, period: { from: string; to: string }): Uint8Array {
  const index = [
    `${ctx.hallName} 新闻通稿 ${period.from} 至 ${period.to}`,
    `共 ${releases.length} 篇`,
    '',
    ...releases.map((r) => `${r.file}\t${r.headline}`),
    '',
  ].join('\r\n');
  return zipSync({
    '00-index.txt': strToU8(index),
    ...Object.fromEntries(releases.map((r) => [r.file, strToU8(releaseText(r, ctx))])),
  }, { level: 6, mtime: new Date(`${ctx.today}T00:00:00Z`) });
}

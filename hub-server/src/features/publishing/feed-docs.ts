import type { Lang, PublicNotice, PublicVacancy } from '../../contract/index.ts';
import type { FeedDoc, FeedEntry } from './feeds.ts';
import { excerpt, tr, vacancyFacts } from './format.ts';
import { html, paragraphs } from './html.ts';
import type { PublicSources } from './sources.ts';

/** How many entries a feed carries: the newest; readers keep what they have seen. */
export const FEED_ENTRIES = 50;

const urn = (hall: string, kind: string, id: string | number) => `urn:jobhall:${hall}:${kind}:${id}`;

/** The newest of the entries' times, or now for an empty feed (Atom requires <updated>). */
function latest(entries: FeedEntry[], now: Date): string {
  return entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries.length ? entries[0]!.updated : now.toISOString());
}

function vacancyEntry(hall: string, j: PublicVacancy, lang: Lang): FeedEntry {
  const facts = vacancyFacts(j, lang);
  const at = j.postedAt ?? new Date(0).toISOString();
  return {
    id: urn(hall, 'vacancy', j.id),
    url: j.url,
    title: `${j.title} · ${j.employerName}`,
    summary: `${j.districtName} · ${facts.join(' · ')}`,
    contentHtml: html`<p>${j.employerName} · ${j.districtName}</p><ul>${facts.map((f) => html`<li>${f}</li>`)}</ul>${
      j.closesOn ? html`<p>${lang === 'zh' ? '截止日期' : 'Closes'} ${j.closesOn}</p>` : ''}`.value,
    published: at,
    updated: at,
    categories: [j.districtName, ...(j.occupationName ? [j.occupationName] : [])],
  };
}

function noticeEntry(hall: string, n: PublicNotice, lang: Lang): FeedEntry {
  return {
    id: urn(hall, 'notice', n.id),
    url: n.url,
    title: tr(n.title, lang),
    summary: excerpt(tr(n.body, lang), 200),
    contentHtml: paragraphs(tr(n.body, lang)).value,
    published: n.publishedAt,
    updated: n.publishedAt,
    categories: [],
  };
}

export function vacancyFeed(src: PublicSources, lang: Lang): FeedDoc {
  const entries = src.vacancies({}, FEED_ENTRIES).items.map((j) => vacancyEntry(src.hall.id, j, lang));
  return {
    id: urn(src.hall.id, 'feed', `vacancies-${lang}`),
    title: lang === 'zh' ? `${src.hallName.zh} · 招聘岗位` : `${src.hallName.en} · Vacancies`,
    description: lang === 'zh' ? '经审核发布、尚在招聘期内的岗位，最新的在前。应聘请到大厅或社区服务站办理推荐。' : 'Approved vacancies still open, newest first. Apply through the hall or a community service point.',
    homeUrl: `${src.publicUrl}/jobs`,
    language: lang === 'zh' ? 'zh-CN' : 'en',
    author: tr(src.hallName, lang),
    updated: latest(entries, src.now()),
    entries,
  };
}

export function noticeFeed(src: PublicSources, lang: Lang): FeedDoc {
  const entries = src.notices(FEED_ENTRIES).map((n) => noticeEntry(src.hall.id, n, lang));
  return {
    id: urn(src.hall.id, 'feed', `notices-${lang}`),
    title: lang === 'zh' ? `${src.hallName.zh} · 通知公告` : `${src.hallName.en} · Notices`,
    description: lang === 'zh' ? '本大厅发布的通知公告。' : 'Notices published by the hall.',
    homeUrl: `${src.publicUrl}/notices`,
    language: lang === 'zh' ? 'zh-CN' : 'en',
    author: tr(src.hallName, lang),
    updated: latest(entries, src.now()),
    entries,
  };
}

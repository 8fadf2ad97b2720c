import { escapeHtml } from './html.ts';

/**
 * Feeds in three formats from one document: RSS 2.0 (https://www.rssboard.org/rss-specification), Atom
 * (RFC 4287) and JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Entry ids are URNs made from the hall
 * and the record's own id, so they stay the same when the public address of the hall changes.
 */
export interface FeedEntry {
  /** A stable URN, e.g. urn:jobhall:demo-hall:vacancy:42. */
  id: string;
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** Already-escaped HTML (made with html``), or null. */
  contentHtml: string | null;
  published: string;
  updated: string;
  categories: string[];
}

export interface FeedDoc {
  id: string;
  title: string;
  description: string;
  /** The page the feed stands for. */
  homeUrl: string;
  language: 'zh-CN' | 'en';
  author: string;
  /** Latest entry's update, or the document's own time when it has none. */
  updated: string;
  entries: FeedEntry[];
}

export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** XML 1.0 forbids most control characters even escaped: one pasted into a vacancy must not break the feed. */
function xml(s: string): string {
  return escapeHtml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}

/** RFC 822 dates, as RSS 2.0 asks ("Sat, 01 Mar 2025 08:00:00 GMT"). */
const rfc822 = (iso: string) => new Date(iso).toUTCString();

export function rss(doc: FeedDoc, selfUrl: string): string {
  const items = doc.entries.map((e) => `<item><title>${xml(e.title)}</title><link>${xml(e.url)}</link>` +
    `<guid isPermaLink="false">${xml(e.id)}</guid><pubDate>${rfc822(e.published)}</pubDate>` +
    `<description>${xml(e.contentHtml ?? e.summary)}</description>${e.categories.map((c) => `<category>${xml(c)}</category>`).join('')}</item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>` +
    `<title>${xml(doc.title)}</title><link>${xml(doc.homeUrl)}</link><description>${xml(doc.description)}</description>` +
    `<language>${doc.language === 'zh-CN' ? 'zh-cn' : 'en'}</language><lastBuildDate>${rfc822(doc.updated)}</lastBuildDate>` +
    `<atom:link href="${xml(selfUrl)}" rel="self" type="application/rss+xml"/>${items.join('')}</channel></rss>\n`;
}

export function atom(doc: FeedDoc, selfUrl: string): string {
  const entries = doc.entries.map((e) => `<entry><id>${xml(e.id)}</id><title>${xml(e.title)}</title>` +
    `<link rel="alternate" type="text/html" href="${xml(e.url)}"/><published>${e.published}</published><updated>${e.updated}</updated>` +
    `<summary>${xml(e.summary)}</summary>${e.contentHtml ? `<content type="html">${xml(e.contentHtml)}</content>` : ''}` +
    `${e.categories.map((c) => `<category term="${xml(c)}"/>`).join('')}</entry>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${doc.language}">` +
    `<id>${xml(doc.id)}</id><title>${xml(doc.title)}</title><subtitle>${xml(doc.description)}</subtitle><updated>${doc.updated}</updated>` +
    `<author><name>${xml(doc.author)}</name></author><link rel="self" type="application/atom+xml" href="${xml(selfUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${xml(doc.homeUrl)}"/>${entries.join('')}</feed>\n`;
}

export function jsonFeed(doc: FeedDoc, selfUrl: string): string {
  return `${JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: doc.title,
    home_page_url: doc.homeUrl,
    feed_url: selfUrl,
    description: doc.description,
    language: doc.language,
    authors: [{ name: doc.author, url: doc.homeUrl }],
    items: doc.entries.map((e) => ({
      id: e.id, url: e.url, title: e.title, summary: e.summary,
      ...(e.contentHtml ? { content_html: e.contentHtml } : { content_text: e.summary }),
      date_published: e.published, date_modified: e.updated, tags: e.categories,
    })),
  }, null, 2)}\n`;
}

export function renderFeed(format: FeedFormat, doc: FeedDoc, selfUrl: string): string {
  return format === 'rss' ? rss(doc, selfUrl) : format === 'atom' ? atom(doc, selfUrl) : jsonFeed(doc, selfUrl);
}

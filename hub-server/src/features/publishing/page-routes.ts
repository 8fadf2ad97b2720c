import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobListFilter, Lang, type LocalizedText } from '../../contract/index.ts';
import { sendCached } from './cache.ts';
import { telLink, html } from './html.ts';
import { courseList, fairList, fairPage, noticeList, noticePage, policyList, policyPage, vacancyList, type PageBody } from './pages.ts';
import { phonePage, type Section } from './phone-page.ts';
import type { PublicSources } from './sources.ts';

const LangQuery = z.strictObject({ lang: Lang.default('zh') });
const IdParams = z.strictObject({ id: z.string().min(1).max(64) });
/** Phone pages change when staff publish; a minute of caching is plenty and keeps a crowd's refreshes cheap. */
const PAGE_MAX_AGE = 60;
const access = { public: 'phone page of published information (2.2.2)' };

/** The phone pages (2.2.2): notices, fairs, courses, policies and the vacancy list a poster's QR code opens. */
export default async function pageRoutes(app: FastifyInstance, { sources: src }: { sources: PublicSources }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const pub = src.catalogues.publishing;
  const hallTz = () => src.hall.timezone;

  const feedsFor = (section: Section, lang: Lang) => {
    const kind = section === 'notices' ? 'notices' : section === 'jobs' ? 'jobs' : null;
    if (!kind) return [];
    const q = lang === 'en' ? '?lang=en' : '';
    return [
      { type: 'application/rss+xml', href: `/feeds/${kind}.rss${q}`, title: 'RSS' },
      { type: 'application/atom+xml', href: `/feeds/${kind}.atom${q}`, title: 'Atom' },
      { type: 'application/feed+json', href: `/feeds/${kind}.json${q}`, title: 'JSON Feed' },
    ];
  };

  const send = (req: FastifyRequest, reply: FastifyReply, section: Section, lang: Lang, page: PageBody, status = 200) => {
    const text = phonePage({
      lang, section, title: page.title, hallName: src.hallName[lang], hallAddress: src.hall.address[lang], enquiryPhone: telLink(pub.enquiryPhone),
      path: req.url, feeds: feedsFor(section, lang),
    }, page.body);
    if (status !== 200) return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(text);
    return sendCached(req, reply, text, 'text/html; charset=utf-8', PAGE_MAX_AGE);
  };
  const missing = (what: LocalizedText, lang: Lang): PageBody => ({
    title: lang === 'zh' ? '没有找到' : 'Not found',
    body: html`<p class="empty">${what[lang]}</p>`,
  });

  api.get('/notices', { config: { access }, schema: { tags: ['publishing'], summary: 'Notices as a phone page', querystring: LangQuery } }, async (req, reply) =>
    send(req, reply, 'notices', req.query.lang, noticeList(src.notices(), req.query.lang, hallTz())));

  api.get('/notices/:id', { config: { access }, schema: { tags: ['publishing'], summary: 'One notice as a phone page', querystring: LangQuery, params: IdParams } }, async (req, reply) => {
    const n = src.notice(req.params.id);
    return n ? send(req, reply, 'notices', req.query.lang, noticePage(n, req.query.lang, hallTz()))
      : send(req, reply, 'notices', req.query.lang, missing({ zh: '这条通知不存在或已撤下。', en: 'This notice does not exist or was taken down.' }, req.query.lang), 404);
  });

  api.get('/fairs', { config: { access }, schema: { tags: ['publishing'], summary: 'Coming job fairs as a phone page', querystring: LangQuery } }, async (req, reply) =>
    send(req, reply, 'fairs', req.query.lang, fairList(src.fairs(), req.query.lang)));

  api.get('/fairs/:id', { config: { access }, schema: { tags: ['publishing'], summary: 'One job fair as a phone page', querystring: LangQuery, params: IdParams } }, async (req, reply) => {
    const f = src.fair(req.params.id);
    return f ? send(req, reply, 'fairs', req.query.lang, fairPage(f, req.query.lang))
      : send(req, reply, 'fairs', req.query.lang, missing({ zh: '这场招聘会不存在或已取消。', en: 'This job fair does not exist or was cancelled.' }, req.query.lang), 404);
  });

  api.get('/courses', { config: { access }, schema: { tags: ['publishing'], summary: 'Subsidised training courses as a phone page', querystring: LangQuery } }, async (req, reply) =>
    send(req, reply, 'courses', req.query.lang, courseList(src.courses(), req.query.lang, (c) => src.districtName(c))));

  api.get('/policies', { config: { access }, schema: { tags: ['publishing'], summary: 'Employment policies in force as a phone page', querystring: LangQuery } }, async (req, reply) =>
    send(req, reply, 'policies', req.query.lang, policyList(src.policies(), req.query.lang)));

  api.get('/policies/:id', { config: { access }, schema: { tags: ['publishing'], summary: 'One policy as a phone page', querystring: LangQuery, params: IdParams } }, async (req, reply) => {
    const p = src.policies().find((x) => x.id === req.params.id);
    return p ? send(req, reply, 'policies', req.query.lang, policyPage(p, req.query.lang))
      : send(req, reply, 'policies', req.query.lang, missing({ zh: '这项政策不存在或已停止执行。', en: 'This policy does not exist or no longer applies.' }, req.query.lang), 404);
  });

  api.get('/vacancies', { config: { access }, schema: { tags: ['publishing'], summary: 'Open vacancies by district and occupation as a phone page (where a job poster\'s QR code leads)', querystring: JobListFilter } }, async (req, reply) => {
    const { lang, district, occupation } = req.query;
    const list = src.vacancies({ ...(district && { district: [district] }), ...(occupation && { occupation }) }, 50);
    return send(req, reply, 'jobs', lang, vacancyList(list.items, list.total, jobListHeading(src, req.query), lang));
  });
}

/** "浦东新区 · 保安员 招聘岗位" from a poster's or list's filters. */
export function jobListHeading(src: PublicSources, f: z.infer<typeof JobListFilter>): string {
  const parts = [f.district && src.districtName(f.district), f.occupation && src.occupationName(f.occupation)].filter(Boolean);
  return f.lang === 'zh' ? `${parts.length ? `${parts.join(' · ')} ` : ''}招聘岗位` : `Vacancies${parts.length ? `: ${parts.join(' · ')}` : ''}`;
}

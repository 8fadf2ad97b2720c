import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobListFilter, Lang } from '../../contract/index.ts';
import { sendCached } from './cache.ts';
import { noticeFeed, vacancyFeed } from './feed-docs.ts';
import { FEED_TYPES, renderFeed, type FeedFormat } from './feeds.ts';
import { dayText } from './format.ts';
import { html } from './html.ts';
import { HOTLINE_VACANCIES, hotlineScript } from './hotline.ts';
import { jobListHeading } from './page-routes.ts';
import { POSTER_ROWS, PRINT_BUTTON_SCRIPT, jobsPoster, noticePoster } from './posters.ts';
import type { PublicSources } from './sources.ts';

/** Feed readers poll; five minutes between asks is what a vacancy board needs. */
const FEED_MAX_AGE = 300;
const LangQuery = z.strictObject({ lang: Lang.default('zh') });
const FORMATS: FeedFormat[] = ['rss', 'atom', 'json'];

/** Feeds (2.2.2), A4 posters (2.1.3) and the 12333 text (2.1.5). */
export default async function channelRoutes(app: FastifyInstance, { sources: src }: { sources: PublicSources }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const pub = src.catalogues.publishing;

  for (const format of FORMATS) {
    api.get(`/feeds/jobs.${format}`, {
      config: { access: { public: 'public feed of approved open vacancies (2.2.2)' } },
      schema: { tags: ['publishing'], summary: `Open vacancies as ${format === 'json' ? 'JSON Feed 1.1' : format === 'rss' ? 'RSS 2.0' : 'Atom'}`, querystring: LangQuery },
    }, async (req, reply) => {
      const self = `${src.publicUrl}/feeds/jobs.${format}${req.query.lang === 'en' ? '?lang=en' : ''}`;
      return sendCached(req, reply, renderFeed(format, vacancyFeed(src, req.query.lang), self), FEED_TYPES[format], FEED_MAX_AGE);
    });
    api.get(`/feeds/notices.${format}`, {
      config: { access: { public: 'public feed of published notices (2.2.2)' } },
      schema: { tags: ['publishing'], summary: `Notices as ${format === 'json' ? 'JSON Feed 1.1' : format === 'rss' ? 'RSS 2.0' : 'Atom'}`, querystring: LangQuery },
    }, async (req, reply) => {
      const self = `${src.publicUrl}/feeds/notices.${format}${req.query.lang === 'en' ? '?lang=en' : ''}`;
      return sendCached(req, reply, renderFeed(format, noticeFeed(src, req.query.lang), self), FEED_TYPES[format], FEED_MAX_AGE);
    });
  }

  // The print button of posters and bulletins: a script of the hub's own, since the policy refuses inline handlers.
  api.get('/posters/print.js', {
    config: { access: { public: 'the print button of the printable pages' } },
    schema: { tags: ['publishing'], summary: 'Script behind the print button of posters and bulletins' },
  }, async (req, reply) => sendCached(req, reply, PRINT_BUTTON_SCRIPT, 'text/javascript; charset=utf-8', 3600));

  api.get('/posters/notices/:id', {
    config: { access: { public: 'printable poster of a published notice (2.1.3)' } },
    schema: { tags: ['publishing'], summary: 'A notice as an A4 poster with a QR code to its phone page', params: z.strictObject({ id: z.string().min(1).max(64) }), querystring: LangQuery },
  }, async (req, reply) => {
    const n = src.notice(req.params.id);
    if (!n) {
      return reply.status(404).type('text/html; charset=utf-8')
        .send(`<!doctype html>${html`<html lang="zh-CN"><meta charset="utf-8"><title>没有找到</title><p>这条通知不存在或已撤下。This notice does not exist.</p></html>`.value}`);
    }
    const lang = req.query.lang;
    const text = noticePoster(n, { lang, hallName: src.hallName[lang], enquiryPhone: pub.enquiryPhone, timeZone: src.hall.timezone });
    return sendCached(req, reply, text, 'text/html; charset=utf-8', 60);
  });

  api.get('/posters/jobs', {
    config: { access: { public: 'printable poster of open vacancies (2.1.3)' } },
    schema: { tags: ['publishing'], summary: 'Open vacancies (by district and occupation) as an A4 poster with a QR code to the same list on a phone', querystring: JobListFilter },
  }, async (req, reply) => {
    const { lang, district, occupation } = req.query;
    const list = src.vacancies({ ...(district && { district: [district] }), ...(occupation && { occupation }) }, POSTER_ROWS);
    const query = new URLSearchParams({ ...(district && { district }), ...(occupation && { occupation }), ...(lang === 'en' && { lang }) }).toString();
    const text = jobsPoster({
      heading: jobListHeading(src, req.query), items: list.items, total: list.total,
      listUrl: `${src.publicUrl}/vacancies${query ? `?${query}` : ''}`, asOf: dayText(src.today(), lang),
    }, { lang, hallName: src.hallName[lang], enquiryPhone: pub.enquiryPhone });
    return sendCached(req, reply, text, 'text/html; charset=utf-8', 60);
  });

  api.get('/hotline/12333.txt', {
    config: { access: { public: 'plain-text script for the 12333 hotline (2.1.5)' } },
    schema: { tags: ['publishing'], summary: 'Policies in force, the newest open vacancies and coming fairs as plain text to read out (no markup, numbers in words)' },
  }, async (req, reply) => {
    const list = src.vacancies({}, HOTLINE_VACANCIES);
    const text = hotlineScript({
      hallName: src.hallName.zh, hallAddress: src.hall.address.zh, enquiryPhone: pub.enquiryPhone, today: src.today(),
      policies: src.policies(), vacancies: list.items, totalVacancies: list.total, fairs: src.fairs().slice(0, 5),
    });
    return sendCached(req, reply, text, 'text/plain; charset=utf-8', 60);
  });
}

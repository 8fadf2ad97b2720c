import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, Bulletin, BulletinList, BulletinParams, GenerateBulletinBody, KPI_MAX_DAYS } from '../../contract/index.ts';
import { addDays, localToUtc, serviceDay } from '../../infra/clock.ts';
import { fieldError } from '../../infra/errors.ts';
import { html } from '../publishing/html.ts';
import { staffOf } from '../staff/guard.ts';
import { bulletinFigures } from './figures.ts';
import { bulletinPage } from './page.ts';
import { BulletinStore } from './store.ts';

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * The employment bulletin (2.3.1 就业信息简报): staff generate an issue for a period from the hall's own data —
 * vacancies, fairs, referrals and the queue — and it is kept as an issue with a printable page at /bulletins/<id>.
 */
async function bulletins(app: FastifyInstance) {
  const { db, catalogue, config, now } = app.hub;
  const tz = catalogue.hall.timezone;
  const store = new BulletinStore(db, (id) => `${config.publicUrl}/bulletins/${id}`);
  app.publishing.outputs.add(() => [
    { path: '/bulletins', channel: 'bulletin', audience: 'public', contentType: 'text/html; charset=utf-8' },
    ...store.list().map((b) => ({ path: `/bulletins/${b.id}`, channel: 'bulletin' as const, audience: 'public' as const, contentType: 'text/html; charset=utf-8' })),
  ]);
  const api = app.withTypeProvider<ZodTypeProvider>();
  const manage = { staff: 'publishing.manage' } as const;

  api.post('/api/bulletins', {
    config: { access: manage },
    schema: { tags: ['publishing'], summary: 'Generate an issue of the employment bulletin for a period (at most a year, not in the future)', body: GenerateBulletinBody, response: { 201: Bulletin, 400: ApiError, 401: ApiError, 403: ApiError, 422: ApiError } },
  }, async (req, reply) => {
    const { from, to } = req.body;
    if (to > serviceDay(now(), tz)) throw fieldError(422, 'body.to', 'is in the future');
    if (dayNumber(to) - dayNumber(from) >= KPI_MAX_DAYS) throw fieldError(422, 'body.to', `at most ${KPI_MAX_DAYS} days after from`);
    const start = localToUtc(from, 0, tz).toISOString();
    const end = localToUtc(addDays(to, 1), 0, tz).toISOString();
    const figures = bulletinFigures({
      published: app.vacancies.publishedBetween(start, end),
      openNow: app.publishing.sources.vacancies({}, 1).total,
      fairs: app.fairs.calendar(from, to),
      referrals: app.referrals.countsBetween(start, end),
      queue: await app.kpis.report({ from, to, groupBy: 'queue' }),
      lineName: (id) => catalogue.queue(id)?.name,
      dayOf: (iso) => serviceDay(new Date(iso), tz),
    });
    const title = req.body.title ?? `就业信息简报（${from} 至 ${to}）`;
    reply.status(201);
    return store.insert({ id: crypto.randomUUID(), title, from, to, figures, at: now().toISOString(), by: staffOf(req).staff.username });
  });

  api.get('/api/bulletins', {
    config: { access: manage },
    schema: { tags: ['publishing'], summary: 'The issues generated so far, newest first', response: { 200: BulletinList, 401: ApiError } },
  }, async () => store.list().map(({ figures: _f, ...b }) => b));

  api.get('/bulletins', {
    config: { access: { public: 'the published employment bulletins (2.3.1)' } },
    schema: { tags: ['publishing'], summary: 'The bulletins as a phone-readable list' },
  }, async (_req, reply) => {
    const list = store.list();
    return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60').send(`<!doctype html>${html`<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>就业信息简报</title>
<style>body{margin:0 auto;max-width:40rem;padding:16px;font:18px/1.6 system-ui,"WenQuanYi Micro Hei",sans-serif;overflow-wrap:anywhere}a{display:block;min-height:48px;padding:10px 0;color:#0b5cad}</style></head>
<body><h1>${catalogue.hall.name.zh} · 就业信息简报</h1>${list.length ? list.map((b) => html`<a href="/bulletins/${b.id}">第 ${b.issueNo} 期 · ${b.title}</a>`) : html`<p>还没有发布简报。</p>`}</body></html>`.value}`);
  });

  api.get('/bulletins/:id', {
    config: { access: { public: 'a published employment bulletin, printable (2.3.1)' } },
    schema: { tags: ['publishing'], summary: 'One issue as a printable page with its charts', params: BulletinParams },
  }, async (req, reply) => {
    const b = store.get(req.params.id);
    if (!b) throw fieldError(404, 'params.id', 'no such bulletin');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=3600').send(bulletinPage(b, catalogue.hall.name.zh));
  });
}

export default fp(bulletins, { name: 'bulletins', dependencies: ['hub', 'staff', 'vacancies', 'fairs', 'referrals', 'kpis', 'publishing'] });

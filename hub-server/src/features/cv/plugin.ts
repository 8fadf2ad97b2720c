import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, CvBody, CvParams, CvPrintBody, CvShared, Lang, PrintAccepted, checkCv, cvDocument, type CvFlow } from '../../contract/index.ts';
import { serviceDay } from '../../infra/clock.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { cvPage, gonePage, openPage } from './page.ts';
import { CvShares } from './shares.ts';
import { cvSlip } from './slip.ts';

const TokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
const PageQuery = z.strictObject({ lang: Lang.optional() });

/**
 * The CV builder (4.2.3): a CV from the kiosk's answers, printed on the kiosk's printer or handed to a phone by
 * a one-time QR code (/cv/<token>) that expires. Nothing is written to disk; a shared CV waits in memory.
 */
async function cv(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { hub } = app;
  const shares = new CvShares(() => hub.now().getTime());
  app.addHook('onClose', async () => shares.close());

  const build = (flowId: string, body: z.infer<typeof CvBody>) => {
    const def = app.flows.get(flowId);
    if (def?.kind !== 'cv') throw fieldError(404, 'params.flowId', `no CV builder ${flowId}`);
    const today = serviceDay(hub.now(), hub.catalogue.hall.timezone);
    const { answers, issues } = checkCv(def, body.answers, today);
    if (issues.length) {
      throw new HttpError(400, 'INVALID_ANSWERS', issues.map((i) => `body.${i.path}: ${i.text.en}`).join('; '),
        issues.map((i) => ({ path: `body.${i.path}`, message: i.text.en })), issues[0]!.text);
    }
    return { def: def as CvFlow, doc: cvDocument(def, answers, body.lang, body.choices), today };
  };

  api.post('/api/cv/:flowId/print', {
    config: { access: { public: 'a visitor prints the CV they built at the kiosk; nothing is stored' } },
    schema: {
      tags: ['cv'], summary: 'Print a CV on a kiosk\'s printer (name and phone masked unless the person chose to show them)',
      params: CvParams, body: CvPrintBody, response: { 202: PrintAccepted, 400: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const { doc, today } = build(req.params.flowId, req.body);
    const job = app.printing.print(req.body.kioskId, cvSlip(hub.catalogue.hall.name[req.body.lang], doc, req.body.lang, today));
    if (!job) throw fieldError(409, 'body.kioskId', `${req.body.kioskId} has no printer`);
    reply.status(202);
    return { jobId: job.jobId, state: job.state };
  });

  api.post('/api/cv/:flowId/share', {
    config: { access: { public: 'a visitor takes the CV they built to their phone by a one-time code' } },
    schema: {
      tags: ['cv'], summary: 'Hold a CV for a phone: an address that opens it once, until it expires (memory only)',
      params: CvParams, body: CvBody, response: { 201: CvShared, 400: ApiError, 404: ApiError, 429: ApiError },
    },
  }, async (req, reply) => {
    const { def, doc } = build(req.params.flowId, req.body);
    const { token, expires } = shares.put(doc, req.body.lang, def.shareMinutes * 60_000);
    reply.status(201);
    return { url: `${hub.config.publicUrl}/cv/${token}`, expiresAt: new Date(expires).toISOString() };
  });

  // The phone pages: a landing page with nothing personal and one button, then the CV once.
  const html = (reply: { type(t: string): unknown; header(k: string, v: string): unknown }) => {
    reply.header('cache-control', 'no-store');
    reply.header('referrer-policy', 'no-referrer');
    reply.type('text/html; charset=utf-8');
  };
  api.get('/cv/:token', {
    config: { access: { public: 'the phone page a CV\'s one-time QR code opens' } },
    schema: { hide: true, params: TokenParams, querystring: PageQuery },
  }, async (req, reply) => {
    html(reply);
    const lang = shares.waiting(req.params.token);
    return openPage(req.params.token, lang ?? req.query.lang ?? 'zh', lang !== null);
  });
  api.post('/cv/:token', {
    config: { access: { public: 'the phone opens its CV once' } },
    schema: { hide: true, params: TokenParams, querystring: PageQuery },
  }, async (req, reply) => {
    html(reply);
    const held = shares.take(req.params.token);
    if (!held) reply.status(410);
    return held ? cvPage(held.doc, held.lang) : gonePage(req.query.lang ?? 'zh');
  });
}

export default fp(cv, { name: 'cv', dependencies: ['hub', 'flows', 'printing'] });

import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, PlayQuery, PlaySummary, PlayUpload, PlaysAccepted, Sha256, Slug, ViewerInfo, addDays, instantOf } from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { checkPlays, playsCsv } from './plays.ts';
import type { SignageParts } from './signage-context.ts';

export const SCREEN_HEADER = 'x-screen';
export const SCREEN_KEY_HEADER = 'x-screen-key';
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 413: ApiError, 415: ApiError, 422: ApiError };
const SHOT_LIMIT = 4 * 1024 * 1024;

/**
 * What screens fetch and send: manifests and media by their hash (public, immutable: signage content is public
 * and has nothing personal), the plain viewer's zone, and — with the screen's own key — proof of play and
 * screenshots. Staff read proof of play as a report and as CSV.
 */
export default async function playerRoutes(app: FastifyInstance, { parts: p }: { parts: SignageParts }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const screenKey = { access: { public: 'a lobby screen, checked by its own key (x-screen, x-screen-key)' } };
  const read = { config: { access: { staff: 'signage.read' as const } } };

  /** The screen a request comes from, by its key; the key is checked as a hash, in constant time. */
  const screenOf = (req: FastifyRequest): string => {
    const id = req.headers[SCREEN_HEADER];
    const key = req.headers[SCREEN_KEY_HEADER];
    if (typeof id !== 'string' || !Slug.safeParse(id).success || !p.structure.keyMatches(id, typeof key === 'string' ? key : undefined)) {
      throw new HttpError(401, 'SCREEN_KEY', `${SCREEN_KEY_HEADER}: missing or wrong screen key`, [{ path: `headers.${SCREEN_KEY_HEADER}`, message: 'missing or wrong screen key' }]);
    }
    return id;
  };

  for (const type of ['image/png', 'image/svg+xml']) app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: SHOT_LIMIT }, (_req, body, done) => done(null, body));

  api.get('/api/signage/manifests/:sha256', {
    config: { access: { public: 'signage content, named by its hash; screens fetch it without a session' } },
    schema: { tags: ['signage'], summary: 'A manifest by the SHA-256 of its bytes (immutable)', params: z.strictObject({ sha256: Sha256 }) },
  }, async (req, reply) => {
    const body = p.publisher.manifest(req.params.sha256);
    if (!body) throw fieldError(404, 'params.sha256', 'no such manifest');
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type('application/json; charset=utf-8').send(body);
  });

  api.get('/api/signage/media/:sha256', {
    config: { access: { public: 'signage images and videos, named by their hash' } },
    schema: { tags: ['signage'], summary: 'An image or video by the SHA-256 of its bytes (immutable)', params: z.strictObject({ sha256: Sha256 }) },
  }, async (req, reply) => {
    const m = p.media.data(req.params.sha256);
    if (!m) throw fieldError(404, 'params.sha256', 'no such file');
    return reply.header('cache-control', 'public, max-age=31536000, immutable').header('x-content-type-options', 'nosniff').type(m.mime).send(m.data);
  });

  api.get('/api/signage/viewer', {
    config: { access: { public: 'a lobby page without a screen key asks which zone it plays' } },
    schema: { tags: ['signage'], summary: 'The zone a page without a screen key plays', querystring: z.strictObject({ zone: Slug.optional() }), response: { 200: ViewerInfo, ...errors } },
  }, async (req) => {
    const zones = p.structure.zones();
    const zone = req.query.zone ? zones.find((z) => z.id === req.query.zone) : zones[0];
    if (!zone) throw fieldError(404, 'querystring.zone', 'no such zone');
    return { zoneId: zone.id };
  });

  api.post('/api/signage/player/plays', {
    config: screenKey,
    schema: { tags: ['signage'], summary: 'Proof of play from a screen (idempotent by record id)', body: PlayUpload, response: { 200: PlaysAccepted, ...errors } },
  }, async (req) => {
    const screenId = screenOf(req);
    checkPlays(req.body.plays, p.publisher, app.hub.now().getTime());
    return p.plays.add(screenId, req.body.plays, app.hub.now());
  });

  api.put('/api/signage/player/screenshots/:correlationId', {
    config: screenKey, bodyLimit: SHOT_LIMIT,
    schema: { tags: ['signage'], summary: 'A screenshot the hub asked this screen for', params: z.strictObject({ correlationId: z.string().min(1).max(80) }), response: { 204: z.null(), ...errors } },
  }, async (req, reply) => {
    const screenId = screenOf(req);
    const body = req.body as unknown;
    const mime = (req.headers['content-type'] ?? '').split(';')[0]!;
    if (!Buffer.isBuffer(body) || !body.length) throw fieldError(415, 'headers.content-type', 'send image/png or image/svg+xml');
    if (!p.screenshots.received(screenId, req.params.correlationId, { mime, data: body, at: app.hub.now().toISOString() })) {
      throw fieldError(404, 'params.correlationId', 'no screenshot was asked of this screen with this id');
    }
    reply.status(204);
    return null;
  });

  const range = (q: z.infer<typeof PlayQuery>) => {
    if (q.to < q.from) throw fieldError(400, 'querystring.to', 'must not be before from');
    // Hall days, on the hall's clock; plays are stored in UTC.
    const midnight = (day: string) => new Date(instantOf(day, 0, p.hall.timezone)).toISOString();
    return { fromIso: midnight(q.from), toIso: midnight(addDays(q.to, 1)) };
  };

  api.get('/api/signage/plays', { ...read, schema: { tags: ['signage'], summary: 'Proof of play: plays and time per screen and slide', querystring: PlayQuery, response: { 200: PlaySummary, ...errors } } },
    async (req) => {
      const { fromIso, toIso } = range(req.query);
      return { from: req.query.from, to: req.query.to, ...p.plays.summary(fromIso, toIso, req.query.screenId) };
    });

  api.get('/api/signage/plays.csv', { ...read, schema: { tags: ['signage'], summary: 'Proof of play, every record, as CSV', querystring: PlayQuery } },
    async (req, reply) => {
      const { fromIso, toIso } = range(req.query);
      reply.header('content-disposition', `attachment; filename="plays-${req.query.from}-${req.query.to}.csv"`).type('text/csv; charset=utf-8');
      return reply.send(Readable.from(playsCsv(p.plays.rows(fromIso, toIso, req.query.screenId))));
    });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, DecisionBody, ItemKind, ItemState, ItemView, Manifest, MediaView, Published, RejectBody, RevisionView, SaveItemDraftBody, ScheduleCheck, Slug, SubmitBody,
  type Layout, type Playlist, type SignageCalendar,
} from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { actorOf } from './access.ts';
import { normalise } from './items.ts';
import { cutManifest } from './manifest.ts';
import { checkReferences, knownFrom } from './reference-check.ts';
import { namesItem } from './references.ts';
import { checkSchedule } from './schedule-check.ts';
import { checkUpload } from './media.ts';
import type { SignageParts } from './signage-context.ts';

const ItemParams = z.strictObject({ kind: ItemKind, id: Slug });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 413: ApiError, 415: ApiError, 422: ApiError };
/** The largest upload (a video); the hub's usual 256 KiB body limit is for forms. */
const UPLOAD_LIMIT = 64 * 1024 * 1024 + 1;

/**
 * Curation with approval: editors (content.edit) save drafts and submit them; approvers (content.publish)
 * approve — which makes a new revision and pushes it — or reject with a comment. Uploads are checked by type,
 * size and content. A preview is the manifest a screen would get if every pending draft were approved.
 */
export default async function contentRoutes(app: FastifyInstance, { parts: p }: { parts: SignageParts }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const now = () => app.hub.now();
  const as = (permission: 'content.edit' | 'content.publish' | 'signage.read') => ({ config: { access: { staff: permission } } });

  for (const type of ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'video/mp4', 'video/webm', 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) => done(null, body));
  }

  const known = (drafts: boolean) => {
    const c = p.items.content(drafts);
    return knownFrom(c.layouts, c.playlists, c.calendar, p.media.index(), p.structure.all());
  };

  api.get('/api/signage/items', {
    ...as('signage.read'),
    schema: { tags: ['signage'], summary: 'Content items; ?state=submitted is the approval queue', querystring: z.strictObject({ kind: ItemKind.optional(), state: ItemState.optional() }), response: { 200: z.array(ItemView), ...errors } },
  }, async (req) => p.items.list(req.query));

  api.get('/api/signage/items/:kind/:id', { ...as('signage.read'), schema: { tags: ['signage'], summary: 'One content item, published and draft', params: ItemParams, response: { 200: ItemView, ...errors } } },
    async (req) => p.items.get(req.params.kind, req.params.id));

  api.put('/api/signage/items/:kind/:id', {
    ...as('content.edit'),
    schema: { tags: ['signage'], summary: 'Save a draft (rich text is sanitised, references checked)', params: ItemParams, body: SaveItemDraftBody, response: { 200: ItemView, ...errors } },
  }, async (req) => {
    const { kind, id } = req.params;
    const data = normalise(kind, id, req.body.data);
    checkReferences(kind, data, known(true));
    const item = p.items.saveDraft(kind, id, data, actorOf(req), now());
    p.audit.record(actorOf(req), 'item.save', `${kind}/${id}`, {});
    return item;
  });

  api.post('/api/signage/items/:kind/:id/remove', {
    ...as('content.edit'), schema: { tags: ['signage'], summary: 'Propose removing a published item (approved like any draft)', params: ItemParams, response: { 200: ItemView, ...errors } },
  }, async (req) => {
    const { kind, id } = req.params;
    const item = p.items.saveDraft(kind, id, null, actorOf(req), now());
    p.audit.record(actorOf(req), 'item.propose-removal', `${kind}/${id}`, {});
    return item;
  });

  api.post('/api/signage/items/:kind/:id/discard', {
    ...as('content.edit'), schema: { tags: ['signage'], summary: 'Throw a draft away', params: ItemParams, response: { 200: ItemView.nullable(), ...errors } },
  }, async (req) => {
    const item = p.items.discard(req.params.kind, req.params.id);
    p.audit.record(actorOf(req), 'item.discard', `${req.params.kind}/${req.params.id}`, {});
    return item;
  });

  api.post('/api/signage/items/:kind/:id/submit', {
    ...as('content.edit'), schema: { tags: ['signage'], summary: 'Submit a draft for approval', params: ItemParams, body: SubmitBody, response: { 200: ItemView, ...errors } },
  }, async (req) => {
    const item = p.items.submit(req.params.kind, req.params.id, req.body.note, actorOf(req));
    p.audit.record(actorOf(req), 'item.submit', `${req.params.kind}/${req.params.id}`, { note: req.body.note });
    return item;
  });

  api.post('/api/signage/items/:kind/:id/approve', {
    ...as('content.publish'),
    schema: { tags: ['signage'], summary: 'Approve a submitted draft: it is published and pushed to the screens as a new revision', params: ItemParams, body: DecisionBody, response: { 200: Published, ...errors } },
  }, async (req) => {
    const { kind, id } = req.params;
    const by = actorOf(req);
    let item: ItemView | undefined;
    const result = p.publish(`${kind} ${id} approved`, by, () => {
      const pending = p.items.get(kind, id);
      if (pending.state === 'submitted' && !pending.removal) {
        const k = known(false);
        if (kind === 'layout') k.layouts.add(id);
        if (kind === 'playlist') k.playlists.add(id);
        if (kind === 'calendar') for (const d of (pending.draft as SignageCalendar).dayparts) k.dayparts.add(d.id);
        checkReferences(kind, pending.draft, k, 'draft');
      }
      if (pending.state === 'submitted' && pending.removal) {
        const c = p.items.content();
        const target = { to: kind === 'layout' ? 'layout' as const : 'playlist' as const, id };
        const users = kind === 'layout' || kind === 'playlist'
          ? [...c.schedule.filter((e) => namesItem('schedule', e, target)).map((e) => `schedule/${e.id}`), ...c.layouts.filter((l) => namesItem('layout', l, target)).map((l) => `layout/${l.id}`),
            ...(kind === 'layout' ? p.structure.screens().filter((s) => s.layoutId === id).map((s) => `screen/${s.id}`) : [])]
          : [];
        if (users.length) throw fieldError(409, 'params.id', `still used by ${users.join(', ')}`, 'IN_USE');
      }
      item = p.items.approve(kind, id, req.body.comment, by, now());
      p.audit.record(by, 'item.approve', `${kind}/${id}`, { comment: req.body.comment, submittedBy: pending.submittedBy });
    });
    return { item: item!, revision: result.revision };
  });

  api.post('/api/signage/items/:kind/:id/reject', {
    ...as('content.publish'), schema: { tags: ['signage'], summary: 'Send a submitted draft back with a comment', params: ItemParams, body: RejectBody, response: { 200: ItemView, ...errors } },
  }, async (req) => {
    const item = p.items.reject(req.params.kind, req.params.id, req.body.comment, actorOf(req), now());
    p.audit.record(actorOf(req), 'item.reject', `${req.params.kind}/${req.params.id}`, { comment: req.body.comment });
    return item;
  });

  api.get('/api/signage/schedule/check', {
    ...as('signage.read'),
    schema: {
      tags: ['signage'], summary: 'Conflicts and gaps of the schedule over the next days, per screen and zone',
      querystring: z.strictObject({ days: z.coerce.number().int().min(1).max(31).default(7), drafts: z.enum(['none', 'all']).default('all') }),
      response: { 200: ScheduleCheck, ...errors },
    },
  }, async (req) => {
    const from = now().getTime();
    const to = from + req.query.days * 86_400_000;
    const audiences = p.publisher.audiences().map((a) => ({ key: a.key, audience: a.audience, layoutId: a.layoutId }));
    const issues = checkSchedule(p.items.content(req.query.drafts === 'all'), audiences, p.hall.timezone, from, to);
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), issues };
  });

  api.get('/api/signage/preview', {
    ...as('signage.read'),
    schema: {
      tags: ['signage'], summary: 'The manifest a screen or a zone would play with every pending draft approved (for the preview)',
      querystring: z.strictObject({ screen: Slug.optional(), zone: Slug.optional(), drafts: z.enum(['none', 'all']).default('all') }), response: { 200: Manifest, ...errors },
    },
  }, async (req) => {
    const key = req.query.screen ? `screen:${req.query.screen}` : req.query.zone ? `zone:${req.query.zone}` : null;
    const target = p.publisher.audiences().find((a) => a.key === key);
    if (!target) throw fieldError(404, req.query.screen ? 'querystring.screen' : 'querystring.zone', 'no such screen or zone');
    const content = cutManifest(p.items.content(req.query.drafts === 'all'), p.hall, target.audience, target.layoutId, p.media.index());
    return { revision: Math.max(1, p.publisher.latestRevision()), builtAt: now().toISOString(), ...content };
  });

  api.get('/api/signage/revisions', { ...as('signage.read'), schema: { tags: ['signage'], summary: 'Revisions, newest first', response: { 200: z.array(RevisionView), ...errors } } },
    async () => p.publisher.revisions());

  api.get('/api/signage/media', { ...as('signage.read'), schema: { tags: ['signage'], summary: 'Uploaded images and videos', response: { 200: z.array(MediaView), ...errors } } },
    async () => p.media.list());

  api.post('/api/signage/media', {
    ...as('content.edit'), bodyLimit: UPLOAD_LIMIT,
    schema: {
      tags: ['signage'], summary: 'Upload an image or video (the bytes as the body; checked by type, size and content)',
      querystring: z.strictObject({ name: z.string().trim().min(1).max(200) }), response: { 201: MediaView, ...errors },
    },
  }, async (req, reply) => {
    const body = req.body as unknown;
    if (!Buffer.isBuffer(body)) throw fieldError(415, 'headers.content-type', 'send the file itself with its image or video type');
    const mime = checkUpload(req.headers['content-type'], body);
    const media = p.media.put(mime, body, req.query.name, actorOf(req), now());
    p.audit.record(actorOf(req), 'media.upload', media.sha256, { name: media.name, mime, bytes: media.bytes });
    reply.status(201);
    return media;
  });
}

export type { Layout, Playlist };

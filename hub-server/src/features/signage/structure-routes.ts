import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, LedBoardStatus, LocalizedText, ScreenBody, ScreenGroup, ScreenHealth, ScreenRegistered, SignageStructure, Slug, Zone, Sha256,
} from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { actorOf } from './access.ts';
import type { SignageParts } from './signage-context.ts';

const IdParams = z.strictObject({ id: Slug });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError };

/** Zones, groups and screens (signage.manage), their health and LED boards (signage.read). */
export default async function structureRoutes(app: FastifyInstance, { parts: p }: { parts: SignageParts }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const manage = { config: { access: { staff: 'signage.manage' as const } } };
  const read = { config: { access: { staff: 'signage.read' as const } } };
  const layoutExists = (id: string) => p.items.content().layouts.some((l) => l.id === id);
  const url = (id: string, key: string) => `/signage/?screen=${encodeURIComponent(id)}&key=${encodeURIComponent(key)}`;

  api.get('/api/signage/structure', { ...read, schema: { tags: ['signage'], summary: 'Zones, groups and screens', response: { 200: SignageStructure, ...errors } } },
    async () => p.structure.all());

  api.put('/api/signage/zones/:id', {
    ...manage,
    schema: { tags: ['signage'], summary: 'Add or rename a zone of the hall', params: IdParams, body: z.strictObject({ name: LocalizedText, layoutId: Slug.nullable().default(null) }), response: { 200: Zone, ...errors } },
  }, async (req) => {
    if (req.body.layoutId && !layoutExists(req.body.layoutId)) throw fieldError(422, 'body.layoutId', 'no published layout with this id');
    const zone = { id: req.params.id, ...req.body };
    p.structure.putZone(zone);
    p.audit.record(actorOf(req), 'zone.put', zone.id, zone);
    p.publish(`zone ${zone.id}`, actorOf(req));
    return zone;
  });

  api.delete('/api/signage/zones/:id', { ...manage, schema: { tags: ['signage'], summary: 'Remove an empty zone', params: IdParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      p.structure.removeZone(req.params.id);
      p.audit.record(actorOf(req), 'zone.remove', req.params.id);
      reply.status(204);
      return null;
    });

  api.put('/api/signage/groups/:id', {
    ...manage,
    schema: { tags: ['signage'], summary: 'Add or rename a group of screens', params: IdParams, body: z.strictObject({ name: LocalizedText }), response: { 200: ScreenGroup, ...errors } },
  }, async (req) => {
    const group = { id: req.params.id, name: req.body.name };
    p.structure.putGroup(group);
    p.audit.record(actorOf(req), 'group.put', group.id, group);
    return group;
  });

  api.put('/api/signage/screens/:id', {
    ...manage,
    schema: {
      tags: ['signage'], summary: 'Register or change a screen; a new LCD screen gets its key and address once', params: IdParams,
      body: ScreenBody.omit({ id: true }), response: { 200: ScreenRegistered, ...errors },
    },
  }, async (req) => {
    const body = { ...req.body, id: req.params.id };
    p.structure.check(body, layoutExists);
    const { screen, key } = p.structure.put(body, app.hub.now());
    if (key) p.brokerAccount(screen.id, key);
    if (screen.kind === 'led') p.brokerAccount(screen.id, null);
    p.audit.record(actorOf(req), 'screen.put', screen.id, { ...body, newKey: !!key });
    p.publish(`screen ${screen.id}`, actorOf(req));
    return { screen, key, url: key ? url(screen.id, key) : null };
  });

  api.post('/api/signage/screens/:id/key', {
    ...manage, schema: { tags: ['signage'], summary: 'A new key for an LCD screen; the old one stops working at once', params: IdParams, response: { 200: ScreenRegistered, ...errors } },
  }, async (req) => {
    const screen = p.structure.screen(req.params.id);
    if (!screen || screen.kind !== 'lcd') throw fieldError(404, 'params.id', 'no LCD screen with this id');
    const key = p.structure.rekey(screen.id);
    p.brokerAccount(screen.id, key);
    p.audit.record(actorOf(req), 'screen.rekey', screen.id);
    return { screen, key, url: url(screen.id, key) };
  });

  api.delete('/api/signage/screens/:id', { ...manage, schema: { tags: ['signage'], summary: 'Remove a screen and its credential', params: IdParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      if (!p.structure.screen(req.params.id)) throw fieldError(404, 'params.id', 'no such screen');
      p.structure.remove(req.params.id);
      p.brokerAccount(req.params.id, null);
      p.audit.record(actorOf(req), 'screen.remove', req.params.id);
      reply.status(204);
      return null;
    });

  api.post('/api/signage/screens/:id/rollback', {
    ...manage,
    schema: {
      tags: ['signage'], summary: 'Ask a screen for an earlier manifest of its own (default: the one before its current)', params: IdParams,
      body: z.strictObject({ sha256: Sha256.optional() }), response: { 200: z.strictObject({ revision: z.number().int() }), ...errors },
    },
  }, async (req) => {
    const history = p.publisher.history(`screen:${req.params.id}`);
    const sha = req.body.sha256 ?? history[1]?.sha256;
    if (!sha) throw fieldError(409, 'params.id', 'this screen has no earlier revision');
    const revision = p.publisher.rollback(req.params.id, sha);
    if (!revision) throw fieldError(422, 'body.sha256', 'not a manifest of this screen');
    p.audit.record(actorOf(req), 'screen.rollback', req.params.id, { sha256: sha, revision });
    return { revision };
  });

  api.post('/api/signage/screens/:id/screenshot', {
    ...read, schema: { tags: ['signage'], summary: 'What the screen shows now, drawn by the screen (within 5 s)', params: IdParams },
  }, async (req, reply) => {
    const screen = p.structure.screen(req.params.id);
    if (!screen || screen.kind !== 'lcd') throw fieldError(404, 'params.id', 'no LCD screen with this id');
    const shot = await p.screenshots.request(screen.id);
    return reply.header('cache-control', 'no-store').header('x-screenshot-at', shot.at).type(shot.mime).send(shot.data);
  });

  api.get('/api/signage/health', { ...read, schema: { tags: ['signage'], summary: 'Every screen: online, revision, slide, storage', response: { 200: z.array(ScreenHealth), ...errors } } },
    async () => p.health.all());

  api.get('/api/signage/led-boards', {
    ...read, schema: { tags: ['signage'], summary: 'What each LED board shows, as its agent reports it', response: { 200: z.array(LedBoardStatus), ...errors } },
  }, async () => {
    const boards = new Map<string, string | null>();
    for (const d of app.hub.catalogue.hall.devices) if (d.kind === 'call-screen') boards.set(d.id, null);
    for (const s of p.structure.screens()) if (s.kind === 'led' && s.deviceId) boards.set(s.deviceId, s.id);
    return [...boards].map(([deviceId, screenId]) => ({ deviceId, screenId, view: p.led.view(deviceId) }));
  });
}

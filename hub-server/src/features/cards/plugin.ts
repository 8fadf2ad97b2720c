import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, CardAwaitQuery, CardAwaitResult, DeviceCommandSent, DeviceParams, KIOSK_KEY_HEADER, KioskParams, maskIdNumber, maskName, RegisterFromCardBody, SeekerRegistered, SimCardTap, type CardRead } from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { KioskKeys } from './kiosk-keys.ts';
import { PendingReads } from './pending-reads.ts';
import { CardSessions } from './card-sessions.ts';

/**
 * What other capabilities ask of the card readers: the read a kiosk collected, for a form's identity fields,
 * and the key a kiosk page must present (the devices capability hands it to the kiosk's shell).
 */
export interface CardsApi {
  /** The read `readId` collected by this kiosk (its key checked), used once; refuses with a 4xx otherwise. */
  claim(kioskId: string, key: string | undefined, readId: string): CardRead;
  kioskKey(kioskId: string): string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    cards: CardsApi;
  }
}

/**
 * 一卡通 (3.3.3): sign in at a kiosk by putting an ID card or social-security card on its reader. The reader's
 * agent sends the read to the hub over its private event topic; the hub answers the kiosk page — which must
 * present the kiosk's key — with a seeker sign-in, or with a read id for registering. The ID number and name
 * never reach the browser, the log or the disk outside the sealed identity store.
 */
async function cards(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { hub, seekers, visitors } = app;
  const keys = KioskKeys.load(hub.config.dataDir, hub.catalogue.hall.kiosks.map((k) => k.id));
  const pending = new PendingReads(() => hub.now().getTime());
  const readerOf = (kioskId: string) => hub.catalogue.kiosk(kioskId)?.cardReader;
  const readers = new Set(hub.catalogue.hall.kiosks.map((k) => k.cardReader).filter(Boolean));

  const sessions = new CardSessions((reader, session) => {
    hub.bus.publish('cardSession', { deviceId: reader }, session).catch((err: Error) => hub.log.warn({ err: err.message, reader }, 'card session not told to the reader'));
  });
  const unsubscribe = await hub.bus.subscribe('cardRead', (read, { deviceId }) => {
    if (!readers.has(deviceId)) hub.log.warn({ deviceId }, 'card read from a reader no kiosk has');
    // Only the kiosk waiting now gets the card; a read with no one waiting is forgotten at once.
    else if (!sessions.isOpen(deviceId)) hub.log.warn({ deviceId }, 'card read with no kiosk waiting; dropped');
    else pending.add(deviceId, read);
  });
  app.addHook('onClose', async () => {
    sessions.stop();
    await unsubscribe().catch(() => {});
  });

  const kioskGuard = (kioskId: string, key: string | string[] | undefined, field = 'params.kioskId') => {
    if (!hub.catalogue.kiosk(kioskId)) throw fieldError(404, field, `no kiosk ${kioskId}`);
    if (!keys.matches(kioskId, typeof key === 'string' ? key : undefined)) {
      throw new HttpError(401, 'KIOSK_KEY', `${KIOSK_KEY_HEADER}: missing or wrong kiosk key`, [{ path: `headers.${KIOSK_KEY_HEADER}`, message: 'missing or wrong kiosk key' }]);
    }
    const reader = readerOf(kioskId);
    if (!reader) throw new HttpError(409, 'NO_READER', `${kioskId} has no card reader`);
    return reader;
  };

  const claimRead = (readId: string, field = 'body.readId'): CardRead => {
    const read = pending.claim(readId);
    if (!read) {
      throw new HttpError(410, 'READ_EXPIRED', `${field}: the card read has expired; put the card on the reader again`, [{ path: field, message: 'expired or used' }],
        { zh: '读卡已过期，请重新刷卡', en: 'The card read has expired; please put the card on the reader again' });
    }
    return read;
  };
  app.decorate('cards', {
    claim(kioskId, key, readId) {
      kioskGuard(kioskId, key, 'body.kioskId');
      return claimRead(readId, 'body.card.readId');
    },
    kioskKey: (kioskId) => keys.key(kioskId),
  } satisfies CardsApi);

  api.post('/api/kiosks/:kioskId/card/await', {
    config: { access: { public: 'a kiosk page waiting for a card on its reader: the kiosk’s own key (x-kiosk-key) is checked inside' } },
    schema: {
      tags: ['seekers'],
      summary: 'The kiosk page waits for a card on its reader (x-kiosk-key); answers a sign-in or a read id to register with',
      params: KioskParams, querystring: CardAwaitQuery,
      response: { 200: CardAwaitResult, 401: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req) => {
    const reader = kioskGuard(req.params.kioskId, req.headers[KIOSK_KEY_HEADER]);
    let read = pending.take(reader);
    if (!read && req.query.waitMs > 0) {
      sessions.begin(reader, req.params.kioskId, req.query.waitMs);
      read = await new Promise<CardRead | null>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          pending.off('read', onRead);
          req.raw.off('close', done);
          resolve(pending.take(reader));
        };
        const onRead = (r: string) => r === reader && done();
        const timer = setTimeout(done, req.query.waitMs);
        pending.on('read', onRead);
        // A kiosk that gave up (reset, navigated away) must not swallow the next person's card.
        req.raw.once('close', () => {
          clearTimeout(timer);
          pending.off('read', onRead);
          resolve(null);
        });
      }).finally(() => sessions.end(reader));
    }
    if (!read) return { result: 'none' as const };
    if (req.query.purpose === 'form') return { result: 'read' as const, readId: read.readId, nameMasked: maskName(read.name), idMasked: maskIdNumber(read.idNumber) };
    const seeker = seekers.findByIdNumber(read.idNumber);
    if (seeker) {
      pending.forget(read.readId);
      return { result: 'signed-in' as const, seeker, ...visitors.open('seeker', seeker.id) };
    }
    return { result: 'unregistered' as const, readId: read.readId, nameMasked: maskName(read.name), idMasked: maskIdNumber(read.idNumber) };
  });

  api.post('/api/seekers/from-card', {
    config: { access: { public: 'registering from a card just read at a kiosk: the kiosk’s own key (x-kiosk-key) is checked inside' } },
    schema: {
      tags: ['seekers'],
      summary: 'Register as a job seeker with the ID number and name of a card just read at this kiosk (x-kiosk-key)',
      body: RegisterFromCardBody,
      response: { 201: SeekerRegistered, 400: ApiError, 401: ApiError, 409: ApiError, 410: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    kioskGuard(req.body.kioskId, req.headers[KIOSK_KEY_HEADER], 'body.kioskId');
    const { readId, kioskId, ...profile } = req.body;
    const read = claimRead(readId);
    const { seeker, slip } = seekers.register({ ...profile, idNumber: read.idNumber, name: read.name }, kioskId);
    reply.status(201);
    return { seeker, slip, ...visitors.open('seeker', seeker.id) };
  });

  api.post('/api/devices/:deviceId/sim-card', {
    config: { access: { staff: 'device.manage' } },
    schema: {
      tags: ['devices'],
      summary: 'Put a card on a simulated reader (demo and drills)',
      params: DeviceParams, body: SimCardTap,
      response: { 202: DeviceCommandSent, 404: ApiError },
    },
  }, async (req, reply) => {
    if (hub.catalogue.device(req.params.deviceId)?.kind !== 'card-reader') throw fieldError(404, 'params.deviceId', 'no such card reader');
    await hub.bus.publish('simCard', { deviceId: req.params.deviceId }, req.body);
    reply.status(202);
    return { sent: true as const };
  });
}

export default fp(cards, { name: 'cards', dependencies: ['hub', 'staff', 'visitors', 'seekers'] });

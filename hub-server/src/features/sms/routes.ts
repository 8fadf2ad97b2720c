import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, SmsOptInBody, SmsOptInResult, Uuid, maskMobile } from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { requireStaff } from '../staff/guard.ts';
import { serviceDay } from '../queue/hall-clock.ts';
import type { TicketRow } from '../queue/store.ts';
import { NOTIFY_WHEN_AHEAD, SmsNotifier } from './notifier.ts';

/** How often numbers of finished tickets and past days are deleted, besides after every call. */
const WIPE_MS = 10 * 60 * 1000;

/** SMS opt-in for a ticket (kiosk or phone page), the messages log for staff, and the agent's results. */
export default async function smsRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const notifier = new SmsNotifier(app.hub, app.queue.store);
  const { bus } = app.hub;
  const today = () => serviceDay(app.hub.now(), app.hub.catalogue.hall.timezone);

  const unsubscribe = [
    // Every call moves a line; whoever is now close enough gets their message.
    await bus.subscribe('calls', (call) => notifier.check(call.queueId)),
    await bus.subscribe('smsResult', (r) => notifier.store.setState(r.messageId, r.state, r.error ?? null, r.at)),
  ];
  notifier.store.wipe(today());
  const wiper = setInterval(() => notifier.store.wipe(today()), WIPE_MS);
  wiper.unref();
  app.addHook('onClose', async () => {
    clearInterval(wiper);
    await Promise.all(unsubscribe.map((u) => u().catch(() => {})));
  });

  const optIn = (row: TicketRow | undefined, phone: string, field: string) => {
    if (!row) throw fieldError(404, field, 'no such ticket');
    if (row.status !== 'waiting' || row.service_day !== today()) {
      throw new HttpError(409, 'TICKET_NOT_WAITING', 'only a waiting ticket of today can get an SMS', undefined, {
        zh: '这张号票已不在等候中，无需短信提醒', en: 'This ticket is no longer waiting; no reminder is needed',
      });
    }
    notifier.optIn(row.id, phone);
    notifier.check(row.queue_id); // already close? then the message goes now
    return { phoneMasked: maskMobile(phone), notifyWhenAhead: NOTIFY_WHEN_AHEAD };
  };

  api.post('/api/tickets/:id/sms', {
    schema: {
      tags: ['queue'],
      summary: 'Send me an SMS when my turn is near (the number is deleted when the ticket ends)',
      params: z.strictObject({ id: Uuid }),
      body: SmsOptInBody,
      response: { 200: SmsOptInResult, 400: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req) => optIn(app.queue.store.byId(req.params.id), req.body.phone, 'params.id'));

  api.post('/api/tickets/by-token/:token/sms', {
    schema: {
      tags: ['queue'],
      summary: 'The same opt-in from the phone status page',
      params: z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
      body: SmsOptInBody,
      response: { 200: SmsOptInResult, 400: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req) => optIn(app.queue.store.byToken(req.params.token), req.body.phone, 'params.token'));

  api.get('/api/sms', {
    preHandler: requireStaff(),
    schema: {
      tags: ['queue'],
      summary: 'Recent SMS messages (numbers masked)',
      response: {
        200: z.array(z.object({ id: z.string(), ticket_id: z.string().nullable(), to_masked: z.string(), text: z.string(), state: z.string(), error: z.string().nullable(), created_at: z.string() })),
        401: ApiError,
      },
    },
  }, async () => notifier.store.recent(100));
}

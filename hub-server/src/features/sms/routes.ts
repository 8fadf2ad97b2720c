import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, SmsMessage, SmsOptInBody, SmsOptInResult, Uuid, maskMobile } from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { QueuedTicket } from '../queue/plugin.ts';
import { NOTIFY_WHEN_AHEAD, type SmsNotifier } from './notifier.ts';

/** SMS opt-in for a ticket (kiosk or phone page) and the messages log for staff. */
export default async function smsRoutes(app: FastifyInstance, { notifier }: { notifier: SmsNotifier }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  const optIn = (row: QueuedTicket | null, phone: string, field: string) => {
    if (!row) throw fieldError(404, field, 'no such ticket');
    if (row.status !== 'waiting' || row.serviceDay !== app.queue.today()) {
      throw new HttpError(409, 'TICKET_NOT_WAITING', 'only a waiting ticket of today can get an SMS', undefined, {
        zh: '这张号票已不在等候中，无需短信提醒', en: 'This ticket is no longer waiting; no reminder is needed',
      });
    }
    notifier.optIn(row.id, phone);
    notifier.check(row.queueId); // already close? then the message goes now
    return { phoneMasked: maskMobile(phone), notifyWhenAhead: NOTIFY_WHEN_AHEAD };
  };

  api.post('/api/tickets/:id/sms', {
    config: { access: { public: 'a visitor at the kiosk leaves a mobile number for one reminder about their own ticket' } },
    schema: {
      tags: ['queue'],
      summary: 'Send me an SMS when my turn is near (the number is deleted when the ticket ends)',
      params: z.strictObject({ id: Uuid }),
      body: SmsOptInBody,
      response: { 200: SmsOptInResult, 400: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req) => optIn(app.queue.ticket(req.params.id), req.body.phone, 'params.id'));

  api.post('/api/tickets/by-token/:token/sms', {
    config: { access: { public: 'the same opt-in from the phone status page (the ticket’s QR token)' } },
    schema: {
      tags: ['queue'],
      summary: 'The same opt-in from the phone status page',
      params: z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
      body: SmsOptInBody,
      response: { 200: SmsOptInResult, 400: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req) => optIn(app.queue.ticketByToken(req.params.token), req.body.phone, 'params.token'));

  api.get('/api/sms', {
    config: { access: { staff: 'queue.read' } },
    schema: {
      tags: ['queue'],
      summary: 'Recent SMS messages (numbers masked)',
      response: {
        200: z.array(SmsMessage),
        401: ApiError,
      },
    },
  }, async () => notifier.store.recent(100));
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, CreateTicketBody, DeskTicketBody, NowCalling, QueueUsage, Ticket, Uuid } from '../../contract/index.ts';
import { serviceDay } from '../../infra/clock.ts';
import { fieldError } from '../../infra/errors.ts';
import type { CallBoard } from './board.ts';
import counterRoutes from './counter-routes.ts';
import type { CounterService } from './counters.ts';
import type { QueueSettings } from './settings.ts';
import type { TicketStore } from './store.ts';
import type { TicketService } from './tickets.ts';

export interface QueueParts {
  tickets: TicketService;
  store: TicketStore;
  board: CallBoard;
  counters: CounterService;
  settings: QueueSettings;
}

export default async function queueRoutes(app: FastifyInstance, parts: QueueParts) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { tickets, store, board } = parts;

  api.post('/api/tickets', {
    config: { access: { public: 'a kiosk takes a ticket for whoever stands at it; nothing personal is asked' } },
    schema: {
      tags: ['queue'],
      summary: 'Take a queue ticket (kiosk). The number is allocated and the print job stored in one transaction',
      body: CreateTicketBody,
      response: { 201: Ticket, 400: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const kioskId = req.body.kioskId ?? app.hub.catalogue.hall.kiosks[0]!.id;
    const ticket = await tickets.issue({ serviceId: req.body.serviceId, priority: req.body.priority, source: 'kiosk', kioskId });
    reply.status(201);
    return ticket;
  });

  api.post('/api/desk/tickets', {
    config: { access: { staff: 'queue.desk' } },
    schema: {
      tags: ['queue'],
      summary: 'Issue a ticket at the staff desk (a walk-in, or a visit agreed by phone); no paper is printed',
      body: DeskTicketBody,
      response: { 201: Ticket, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const ticket = await tickets.issue({ serviceId: req.body.serviceId, priority: req.body.priority, source: req.body.source, kioskId: null });
    reply.status(201);
    return ticket;
  });

  api.get('/api/tickets/:id', {
    config: { access: { public: 'a kiosk follows the ticket it just issued, by its random id; no personal data' } },
    schema: {
      tags: ['queue'],
      summary: 'A ticket with its place in line and print state',
      params: z.strictObject({ id: Uuid }),
      response: { 200: Ticket, 404: ApiError },
    },
  }, async (req) => {
    const row = store.byId(req.params.id);
    if (!row) throw fieldError(404, 'params.id', 'no such ticket');
    return tickets.view(row);
  });

  api.get('/api/tickets/by-token/:token', {
    config: { access: { public: 'the phone status page behind a ticket’s QR code; no personal data' } },
    schema: {
      tags: ['queue'],
      summary: 'The ticket behind a status QR code (the phone status page); carries no personal data',
      params: z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
      response: { 200: Ticket, 404: ApiError },
    },
  }, async (req) => {
    const row = store.byToken(req.params.token);
    if (!row) throw fieldError(404, 'params.token', 'no ticket for this code');
    return tickets.view(row);
  });

  api.get('/api/queue/now-calling', {
    config: { access: { public: 'what the call screens show the whole hall' } },
    schema: { tags: ['queue'], summary: 'What the call screens show (also retained on MQTT)', response: { 200: NowCalling } },
  }, async () => board.nowCalling());

  // The ticket menu's order need not be live: counted at most every ten minutes, over the last 30 service days.
  const USAGE_DAYS = 30;
  let usage: { at: number; value: QueueUsage } | null = null;
  api.get('/api/queue/usage', {
    config: { access: { public: 'the kiosk orders its ticket menu by it; counts only, nobody in them' } },
    schema: { tags: ['queue'], summary: 'Tickets taken per service over the last 30 days (the kiosk lists the most used first)', response: { 200: QueueUsage } },
  }, async () => {
    const now = app.hub.now();
    if (usage && now.getTime() - usage.at < 10 * 60_000) return usage.value;
    const since = serviceDay(new Date(now.getTime() - USAGE_DAYS * 86_400_000), app.hub.catalogue.hall.timezone);
    usage = { at: now.getTime(), value: { days: USAGE_DAYS, services: store.usageSince(since) } };
    return usage.value;
  });

  await app.register(counterRoutes, parts);
}

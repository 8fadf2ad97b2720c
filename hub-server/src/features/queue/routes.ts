import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, CreateTicketBody, DeskTicketBody, NowCalling, Ticket, Uuid } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { requireStaff } from '../staff/guard.ts';
import { CallBoard } from './board.ts';
import counterRoutes from './counter-routes.ts';
import { TicketStore } from './store.ts';
import { TicketService } from './tickets.ts';

/** Waiting counts on the boards need not change on every single ticket; one update per this many ms is enough. */
const BOARD_COALESCE_MS = 250;

declare module 'fastify' {
  interface FastifyInstance {
    queue: { tickets: TicketService; board: CallBoard; store: TicketStore };
  }
}

async function queueRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const store = new TicketStore(app.hub.db);
  const board = new CallBoard(app.hub, store);
  const tickets = new TicketService(app.hub, store);
  app.decorate('queue', { tickets, board, store });
  const { log } = app.hub;

  let boardTimer: NodeJS.Timeout | null = null;
  const refreshBoards = () => {
    boardTimer ??= setTimeout(() => {
      boardTimer = null;
      board.publish().catch((err: Error) => log.warn({ err: err.message }, 'now-calling not published'));
    }, BOARD_COALESCE_MS);
  };
  // Screens that join later read the retained state; publish it once the hub is up.
  await board.publish().catch((err: Error) => log.warn({ err: err.message }, 'now-calling not published'));
  app.addHook('onClose', async () => {
    if (boardTimer) clearTimeout(boardTimer);
  });

  api.post('/api/tickets', {
    schema: {
      tags: ['queue'],
      summary: 'Take a queue ticket (kiosk). The number is allocated and the print job stored in one transaction',
      body: CreateTicketBody,
      response: { 201: Ticket, 400: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const kioskId = req.body.kioskId ?? app.hub.catalogue.hall.kiosks[0]!.id;
    const ticket = await tickets.issue({ serviceId: req.body.serviceId, priority: req.body.priority, source: 'kiosk', kioskId });
    refreshBoards();
    reply.status(201);
    return ticket;
  });

  api.post('/api/desk/tickets', {
    preHandler: requireStaff(),
    schema: {
      tags: ['queue'],
      summary: 'Issue a ticket at the staff desk (a walk-in, or a visit agreed by phone); no paper is printed',
      body: DeskTicketBody,
      response: { 201: Ticket, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const ticket = await tickets.issue({ serviceId: req.body.serviceId, priority: req.body.priority, source: req.body.source, kioskId: null });
    refreshBoards();
    reply.status(201);
    return ticket;
  });

  api.get('/api/tickets/:id', {
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
    schema: { tags: ['queue'], summary: 'What the call screens show (also retained on MQTT)', response: { 200: NowCalling } },
  }, async () => board.nowCalling());

  await app.register(counterRoutes);
}

/** Not encapsulated: later capabilities (SMS, appointments, KPIs) use the tickets and the board it decorates. */
export default fp(queueRoutes, { name: 'queue' });

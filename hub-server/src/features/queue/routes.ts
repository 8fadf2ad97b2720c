import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, CallNextResult, CounterParams, CreateTicketBody, NowCalling, Ticket, Uuid,
} from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { requireStaff, staffOf } from '../staff/guard.ts';
import { QueueService } from './service.ts';

/** Waiting counts on the boards need not change on every single ticket; one update per this many ms is enough. */
const BOARD_COALESCE_MS = 250;

export default async function queueRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const queue = new QueueService(app.hub);
  const { log } = app.hub;

  let boardTimer: NodeJS.Timeout | null = null;
  const refreshBoards = () => {
    boardTimer ??= setTimeout(() => {
      boardTimer = null;
      queue.publishNowCalling().catch((err: Error) => log.warn({ err: err.message }, 'now-calling not published'));
    }, BOARD_COALESCE_MS);
  };
  // Screens that join later read the retained state; publish it once the hub is up.
  await queue.publishNowCalling().catch((err: Error) => log.warn({ err: err.message }, 'now-calling not published'));
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
    const ticket = queue.createTicket(req.body);
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
    const row = queue.store.byId(req.params.id);
    if (!row) throw fieldError(404, 'params.id', 'no such ticket');
    return queue.view(row);
  });

  api.get('/api/tickets/by-token/:token', {
    schema: {
      tags: ['queue'],
      summary: "The ticket behind a status QR code (the phone status page); carries no personal data",
      params: z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
      response: { 200: Ticket, 404: ApiError },
    },
  }, async (req) => {
    const row = queue.store.byToken(req.params.token);
    if (!row) throw fieldError(404, 'params.token', 'no ticket for this code');
    return queue.view(row);
  });

  api.get('/api/queue/now-calling', {
    schema: { tags: ['queue'], summary: 'What the call screens show (also retained on MQTT)', response: { 200: NowCalling } },
  }, async () => queue.nowCalling());

  api.post('/api/counters/:counterId/call-next', {
    preHandler: requireStaff(),
    schema: {
      tags: ['queue'],
      summary: 'Finish the visit at this counter and call the next ticket of its queue lines',
      params: CounterParams,
      response: { 200: CallNextResult, 401: ApiError, 403: ApiError, 404: ApiError },
    },
  }, async (req) => queue.callNext(req.params.counterId, staffOf(req).staff.username));
}

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Ticket, TicketStatus } from '../../contract/index.ts';
import { serviceDay } from '../../infra/clock.ts';
import { CallBoard } from './board.ts';
import { CounterService } from './counters.ts';
import { peopleAheadNow } from './estimate.ts';
import queueRoutes from './routes.ts';
import { QueueSettings } from './settings.ts';
import { TicketStore, type TicketRow } from './store.ts';
import { TicketLog } from './ticket-log.ts';
import { TicketService, type IssueRequest } from './tickets.ts';

/** Waiting counts on the boards need not change on every single ticket; one update per this many ms is enough. */
const BOARD_COALESCE_MS = 250;

/** A ticket as other capabilities see it: where it is in which line, and nothing personal. */
export interface QueuedTicket {
  id: string;
  queueId: string;
  serviceDay: string;
  seq: number;
  number: string;
  status: TicketStatus;
}

/** What other capabilities may ask of the queue. */
export interface Queue {
  /** Issues a ticket; `within` runs inside the issuing transaction (an appointment's check-in). */
  issue(req: IssueRequest): Promise<Ticket>;
  ticket(id: string): QueuedTicket | null;
  ticketByToken(token: string): QueuedTicket | null;
  /** People the hall will call before a waiting ticket, by the call order (0 once it is not waiting). */
  peopleAhead(ticket: QueuedTicket): number;
  /** Today's service day in the hall's time zone. */
  today(): string;
  /** The event log read back, for reports. */
  log: TicketLog;
}

declare module 'fastify' {
  interface FastifyInstance {
    queue: Queue;
  }
}

const queued = (r: TicketRow | undefined): QueuedTicket | null =>
  r ? { id: r.id, queueId: r.queue_id, serviceDay: r.service_day, seq: r.seq, number: r.number, status: r.status } : null;

/**
 * Tickets and calling (电子叫号): issuing, the counter console, and the call screens. Counters and issuing
 * emit ticket.* domain events after each commit; the board publishes the public MQTT topics as their subscriber.
 */
async function queue(app: FastifyInstance) {
  const { hub } = app;
  const showLed = app.devices.showLed;
  const store = new TicketStore(hub.db);
  const settings = new QueueSettings(hub);
  settings.start();
  const tickets = new TicketService(hub, store, app.printing);
  const counters = new CounterService(hub, store, showLed);
  const board = new CallBoard(hub, store, showLed);
  app.decorate('queue', {
    issue: (req) => tickets.issue(req),
    ticket: (id) => queued(store.byId(id)),
    ticketByToken: (token) => queued(store.byToken(token)),
    peopleAhead: (t) => {
      const row = store.byId(t.id);
      return row?.status === 'waiting' ? peopleAheadNow(store, row, hub.now()) : 0;
    },
    today: () => serviceDay(hub.now(), hub.catalogue.hall.timezone),
    log: new TicketLog(hub.db),
  } satisfies Queue);

  let boardTimer: NodeJS.Timeout | null = null;
  const publishBoard = () => board.publish().catch((err: Error) => hub.log.warn({ err: err.message }, 'now-calling not published'));
  const refreshBoard = () => {
    boardTimer ??= setTimeout(() => {
      boardTimer = null;
      void publishBoard();
    }, BOARD_COALESCE_MS);
  };
  const subscriptions = [
    hub.events.on('ticket.called', (call) => {
      if (boardTimer) clearTimeout(boardTimer); // the announcement carries the board
      boardTimer = null;
      board.announce(call);
    }),
    hub.events.on('ticket.issued', refreshBoard),
    hub.events.on('ticket.finished', refreshBoard),
    hub.events.on('ticket.requeued', refreshBoard),
  ];
  // Screens that join later read the retained state. Not awaited: with the broker away at start-up it goes
  // out on the reconnect, and the hub does not wait for it.
  void publishBoard();
  app.addHook('onClose', async () => {
    for (const off of subscriptions) off();
    if (boardTimer) clearTimeout(boardTimer);
  });
  await app.register(queueRoutes, { tickets, store, board, counters, settings });
}

export default fp(queue, { name: 'queue', dependencies: ['hub', 'staff', 'devices', 'printing'] });

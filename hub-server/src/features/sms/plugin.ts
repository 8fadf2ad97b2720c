import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { SmsNotifier } from './notifier.ts';
import smsRoutes from './routes.ts';

/** How often numbers of finished tickets and past days are deleted, besides after every call. */
const WIPE_MS = 10 * 60 * 1000;

/**
 * SMS reminders (短信提醒): a subscriber of the queue's domain events. Every call moves a line, and whoever is
 * now close enough gets their message; a ticket that ends takes its number with it.
 */
async function sms(app: FastifyInstance) {
  const { bus, events } = app.hub;
  const notifier = new SmsNotifier(app.hub, app.queue);
  const off = [
    events.on('ticket.called', (call) => notifier.check(call.queueId)),
    events.on('ticket.finished', (t) => void notifier.store.forget(t.ticketId)),
  ];
  const unsubscribe = await bus.subscribe('smsResult', (r) => notifier.store.setState(r.messageId, r.state, r.error ?? null, r.at));
  notifier.wipe();
  const wiper = setInterval(() => notifier.wipe(), WIPE_MS);
  wiper.unref();
  app.addHook('onClose', async () => {
    clearInterval(wiper);
    for (const o of off) o();
    await unsubscribe().catch(() => {});
  });
  await app.register(smsRoutes, { notifier });
}

export default fp(sms, { name: 'sms', dependencies: ['hub', 'staff', 'queue'] });

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isStopReply } from '../../contract/index.ts';
import { DecisionTexts } from './decisions.ts';
import { SmsNotifier } from './notifier.ts';
import smsRoutes from './routes.ts';

/**
 * What other capabilities may ask of SMS: subscriptions send their codes and alerts through it; forms leave an
 * applicant's number for one message per decision on their case.
 */
export interface Sms {
  /** Sends one message through the hall's SMS agent, logged masked; null when the hall has no SMS device. */
  send(to: string, text: string): string | null;
  /** Records the opt-in (inside the caller's transaction); returns the number masked. */
  followDecisions(subject: string, phone: string): string;
  followsDecisions(subject: string): boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    sms: Sms;
  }
}

/** How often numbers of finished tickets and past days are deleted, besides after every call. */
const WIPE_MS = 10 * 60 * 1000;

/**
 * SMS reminders (短信提醒): a subscriber of the queue's domain events. Every call moves a line, and whoever is
 * now close enough gets their message; a ticket that ends takes its number with it. Decisions on a form's
 * submission reach the applicants who asked for them the same way.
 */
async function sms(app: FastifyInstance) {
  const { bus, events } = app.hub;
  const notifier = new SmsNotifier(app.hub, app.queue);
  const decisions = new DecisionTexts(app.hub, (to, text) => notifier.send(to, text));
  app.decorate('sms', {
    send: (to, text) => notifier.send(to, text),
    followDecisions: (subject, phone) => decisions.follow(subject, phone),
    followsDecisions: (subject) => decisions.following(subject),
  } satisfies Sms);
  const off = [
    events.on('ticket.called', (call) => notifier.check(call.queueId)),
    events.on('ticket.finished', (t) => void notifier.store.forget(t.ticketId)),
    events.on('form.decided', (e) => decisions.formDecided(e)),
  ];
  const unsubscribe = await bus.subscribe('smsResult', (r) => notifier.store.setState(r.messageId, r.state, r.error ?? null, r.at));
  // A reply to any of the hall's messages: 退订/TD/STOP forgets the number for queue reminders here, and the
  // event tells every other sender (subscriptions) to stop too.
  const unsubscribeInbound = await bus.subscribe('smsReceived', (m) => {
    const stop = isStopReply(m.text);
    if (stop) {
      notifier.store.forgetPhone(m.from);
      decisions.forgetPhone(m.from);
    }
    events.emit('sms.received', { from: m.from, text: m.text, at: m.at, stop });
  });
  notifier.wipe();
  const wiper = setInterval(() => notifier.wipe(), WIPE_MS);
  wiper.unref();
  app.addHook('onClose', async () => {
    clearInterval(wiper);
    for (const o of off) o();
    await unsubscribe().catch(() => {});
    await unsubscribeInbound().catch(() => {});
  });
  await app.register(smsRoutes, { notifier });
}

export default fp(sms, { name: 'sms', dependencies: ['hub', 'staff', 'queue'] });

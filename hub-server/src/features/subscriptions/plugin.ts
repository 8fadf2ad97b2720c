import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import subscriptionRoutes from './routes.ts';
import { SubscriptionService } from './service.ts';

/** Expired codes are swept and held alerts looked at this often: a minute is as fine as anyone notices. */
const SWEEP_MS = 60_000;

/**
 * SMS subscriptions (2.3.2 短信发布): a subscriber of vacancy.approved and notice.published, sending through the
 * sms capability; a 退订 reply (sms.received) ends every subscription of the number.
 */
async function subscriptions(app: FastifyInstance) {
  const service = new SubscriptionService(app);
  const { events, log } = app.hub;
  const guarded = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (err) {
      log.warn({ err: (err as Error).message }, `subscriptions: ${what} failed`);
    }
  };
  const off = [
    events.on('vacancy.approved', ({ vacancyId }) => service.onVacancy(vacancyId)),
    events.on('notice.published', ({ notice }) => service.onNotice(notice.id)),
    events.on('sms.received', (m) => {
      if (m.stop) service.stop(m.from, 'reply');
    }),
  ];
  const timer = setInterval(() => guarded('sweep', () => service.sweep()), SWEEP_MS);
  timer.unref();
  guarded('sweep', () => service.sweep());
  app.addHook('onClose', async () => {
    clearInterval(timer);
    for (const o of off) o();
  });
  await app.register(subscriptionRoutes, { service });
}

export default fp(subscriptions, { name: 'subscriptions', dependencies: ['hub', 'staff', 'sms', 'vocabulary', 'vacancies', 'notices'] });

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ContentError } from '../../infra/content.ts';
import bookingRoutes from './routes.ts';
import { BookingService } from './service.ts';

/** What other capabilities may ask: a signed-in seeker's sessions ahead and behind (case records show them). */
export type Bookings = Pick<BookingService, 'upcoming' | 'past'>;

declare module 'fastify' {
  interface FastifyInstance {
    bookings: Bookings;
  }
}

/** How often sealed mobiles of sessions already over are cleared, besides at start. */
const FORGET_MS = 60 * 60 * 1000;

/**
 * Bookings of sessions (the booking flows of content/flows): counsellors (4.1.3, 4.1.6), workshops (4.1.4),
 * families (4.2.4), schools (4.2.5), employers (4.1.1, 4.2.1, 4.3.1), start-up and loan advisers (5.1.2,
 * 7.1.12), orientation training (5.2.3).
 */
async function bookings(app: FastifyInstance) {
  for (const f of app.flows.all()) {
    if (f.kind === 'booking' && f.area && !app.wayfinding.plan.area(f.area)) {
      throw new ContentError(`${app.hub.config.contentDir}/flows/${f.id}.json: area: no area "${f.area}" on the floor plan`);
    }
  }
  const service = new BookingService({ hub: app.hub, flows: app.flows, printing: app.printing, sms: app.sms });
  app.decorate('bookings', service satisfies Bookings);
  const forget = () => service.store.forgetPast(app.hub.now().toISOString());
  forget();
  const timer = setInterval(forget, FORGET_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
  await app.register(bookingRoutes, { bookings: service });
}

export default fp(bookings, { name: 'bookings', dependencies: ['hub', 'flows', 'wayfinding', 'printing', 'sms', 'staff', 'visitors'] });

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, EmployerDashboard } from '../../contract/index.ts';
import { serviceDay } from '../../infra/clock.ts';

/**
 * The signed-in employer's page at the kiosk: its vacancies, open referrals and booked booths, put together
 * from the capabilities that own them. A capability of its own, so none of those needs to know the others.
 */
async function employerDashboard(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { employers, vacancies, referrals, fairs, visitors } = app;

  api.get('/api/employers/me', {
    config: { access: { visitor: 'employer' } },
    schema: {
      tags: ['employers'], summary: 'The signed-in employer’s vacancies, referrals and fair bookings (x-visitor-token)',
      response: { 200: EmployerDashboard, 401: ApiError },
    },
  }, async (req) => {
    const id = visitors.require(req, 'employer');
    return {
      employer: employers.get(id),
      vacancies: vacancies.byEmployer(id).map((r) => ({ ...vacancies.view.summary(r), status: r.status, findings: JSON.parse(r.findings).length })),
      referrals: referrals.list({ status: 'open', employerId: id, limit: 100, offset: 0 }).items,
      remindersDue: referrals.list({ status: 'open', employerId: id, due: true, limit: 1, offset: 0 }).total,
      bookings: fairs.bookingsOf(id, serviceDay(app.hub.now(), app.hub.catalogue.hall.timezone)),
    };
  });
}

export default fp(employerDashboard, { name: 'employer-dashboard', dependencies: ['hub', 'visitors', 'employers', 'vacancies', 'referrals', 'fairs'] });

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, BookBoothBody, BookingParams, BoothBooking, CreateFairBody, Fair, FairDetail, FairParams, FairQuery, TodaysFairs,
} from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { staffOf } from '../staff/guard.ts';
import { actorName, staffOrVisitor } from '../visitors/access.ts';
import { addDays, serviceDay } from '../../infra/clock.ts';
import type { FairService } from './fairs.ts';

export default async function fairRoutes(app: FastifyInstance, { fairs }: { fairs: FairService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { hub, visitors: sessions } = app;
  // The hall's calendar day, not UTC's: at 07:00 in Shanghai UTC is still on yesterday.
  const today = () => serviceDay(hub.now(), hub.catalogue.hall.timezone);

  api.get('/api/fairs', {
    config: { access: { public: 'the fair calendar and booth maps, shown on kiosks and lobby screens' } },
    schema: {
      tags: ['fairs'], summary: 'Recruitment events (现场招聘, 专场招聘): the calendar, by default the next 60 days', querystring: FairQuery,
      response: { 200: z.array(Fair), 400: ApiError },
    },
  }, async (req) => {
    const from = req.query.from ?? today();
    const to = req.query.to ?? addDays(today(), 60);
    return fairs.calendar(from, to, req.query.theme);
  });

  api.get('/api/fairs/today', {
    config: { access: { public: 'the fair calendar and booth maps, shown on kiosks and lobby screens' } },
    schema: { tags: ['fairs'], summary: 'Today’s recruiters and booth map (for the lobby screens)', response: { 200: TodaysFairs } },
  }, async () => ({ day: today(), fairs: fairs.calendar(today(), today()).filter((f) => f.status === 'scheduled').map((f) => fairs.detail(f.id)) }));

  api.get('/api/fairs/:id', {
    config: { access: { public: 'the fair calendar and booth maps, shown on kiosks and lobby screens' } },
    schema: {
      tags: ['fairs'], summary: 'A fair with its booth map and its fair-only vacancies', params: FairParams,
      response: { 200: FairDetail, 404: ApiError },
    },
  }, async (req) => fairs.detail(req.params.id));

  api.post('/api/fairs', {
    config: { access: { staff: 'fair.manage' } },
    schema: {
      tags: ['fairs'], summary: 'Schedule a fair (staff)', body: CreateFairBody,
      response: { 201: Fair, 400: ApiError, 401: ApiError, 403: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const fair = fairs.create(req.body, staffOf(req).staff.username);
    app.hub.events.emit('fair.changed', { fairId: fair.id });
    reply.status(201);
    return fair;
  });

  api.post('/api/fairs/:id/cancel', {
    config: { access: { staff: 'fair.manage' } },
    schema: { tags: ['fairs'], summary: 'Cancel a fair (staff)', params: FairParams, response: { 200: Fair, 401: ApiError, 403: ApiError, 404: ApiError } },
  }, async (req) => {
    const fair = fairs.cancel(req.params.id);
    app.hub.events.emit('fair.changed', { fairId: fair.id });
    return fair;
  });

  api.post('/api/fairs/:id/booths', {
    config: { access: { visitor: 'employer', staff: 'fair.manage' } },
    schema: {
      tags: ['fairs'], summary: 'Book a booth: a signed-in employer for itself, or staff for an employer (employerId)', params: FairParams,
      body: BookBoothBody, response: { 201: BoothBooking, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const actor = await staffOrVisitor(req, reply, sessions, 'employer');
    const employerId = actor.kind === 'employer' ? actor.id : req.body.employerId;
    if (!employerId) throw fieldError(400, 'body.employerId', 'staff must name the employer');
    const booking = fairs.book(req.params.id, employerId, req.body.boothNo, actorName(actor));
    app.hub.events.emit('fair.changed', { fairId: req.params.id });
    reply.status(201);
    return booking;
  });

  api.delete('/api/fairs/:id/booths/:bookingId', {
    config: { access: { visitor: 'employer', staff: 'fair.manage' } },
    schema: {
      tags: ['fairs'], summary: 'Cancel a booth booking (the employer that holds it, or staff)', params: BookingParams,
      response: { 204: z.null(), 401: ApiError, 403: ApiError, 404: ApiError },
    },
  }, async (req, reply) => {
    const actor = await staffOrVisitor(req, reply, sessions, 'employer');
    fairs.cancelBooking(req.params.id, req.params.bookingId, actor.kind === 'employer' ? actor.id : null);
    app.hub.events.emit('fair.changed', { fairId: req.params.id });
    reply.status(204);
    return null;
  });

  api.post('/api/fairs/:id/signups', {
    config: { access: { visitor: 'seeker' } },
    schema: {
      tags: ['fairs'], summary: 'Sign the signed-in seeker up for a fair', params: FairParams,
      response: { 200: Fair, 401: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req) => fairs.signUp(req.params.id, sessions.require(req, 'seeker')));
}

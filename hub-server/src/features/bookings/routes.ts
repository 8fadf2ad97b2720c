import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, BookSessionBody, BookingCalendar, BookingCalendarQuery, BookingCodeParams, BookingDay, BookingDayQuery, BookingIdParams,
  BookingSlots, BookingSlotsQuery, BookingStatusBody, CancelBookingBody, SessionBooking,
} from '../../contract/index.ts';
import { requireStaff, staffOf } from '../staff/guard.ts';
import { throttled } from '../visitors/visitor-sessions.ts';
import { LoginThrottle } from '../staff/login-throttle.ts';
import type { BookingService } from './service.ts';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError, 429: ApiError };

/** Booking flows' sessions: slots, booking and cancelling at the kiosk; the calendar for screens; staff's day. */
export default async function bookingRoutes(app: FastifyInstance, { bookings }: { bookings: BookingService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const staff = requireStaff();
  // Cancelling asks for the code and 4 digits: failures are counted per address like the kiosk's sign-ins, more
  // leniently because one kiosk's address is every visitor's.
  const guesses = new LoginThrottle(20);

  api.get('/api/bookings/slots', {
    config: { access: { public: 'the kiosk shows a booking flow\'s slots with places left' } },
    schema: { tags: ['bookings'], summary: 'A booking flow\'s slots on a day, with places left', querystring: BookingSlotsQuery, response: { 200: BookingSlots, ...refusals } },
  }, async (req) => bookings.slots(req.query.flow, req.query.day));

  api.post('/api/bookings', {
    config: { access: { public: 'anyone may book a session at a kiosk; a signed-in seeker\'s booking joins their record' } },
    schema: {
      tags: ['bookings'], summary: 'Book a session: places counted and taken in one transaction; a slip prints at the kiosk',
      body: BookSessionBody, response: { 201: SessionBooking, ...refusals },
    },
  }, async (req, reply) => {
    const seekerId = app.visitors.of(req, 'seeker');
    const booking = bookings.book(req.body, seekerId, seekerId ? `seeker:${seekerId}` : 'kiosk');
    reply.status(201);
    return booking;
  });

  api.get('/api/bookings/calendar', {
    config: { access: { public: 'the lobby screens show the group sessions ahead' } },
    schema: { tags: ['bookings'], summary: 'Group sessions (workshops, orientation) ahead with places left', querystring: BookingCalendarQuery, response: { 200: BookingCalendar, 400: ApiError } },
  }, async (req) => bookings.calendar(req.query.days));

  api.get('/api/bookings/code/:code', {
    config: { access: { public: 'the holder of the slip looks the booking up by its code; name and mobile are masked' } },
    schema: { tags: ['bookings'], summary: 'A booking by its 8-digit code', params: BookingCodeParams, response: { 200: SessionBooking, ...refusals } },
  }, async (req) => bookings.get(req.params.code));

  api.post('/api/bookings/code/:code/cancel', {
    config: { access: { public: 'the holder cancels with the code and the mobile\'s last four digits' } },
    schema: {
      tags: ['bookings'], summary: 'Cancel a booking with its code and the last 4 digits of its mobile; the place is free again',
      params: BookingCodeParams, body: CancelBookingBody, response: { 200: SessionBooking, ...refusals },
    },
  }, async (req) => throttled(guesses, req.ip, () => bookings.cancel(req.params.code, req.body.phoneLast4), () => bookings.noMatch()));

  api.get('/api/bookings/day', {
    preHandler: staff,
    config: { access: { staff: 'form.read' } },
    schema: { tags: ['bookings'], summary: 'Staff\'s day view: every booking flow\'s slots with their bookings (masked)', querystring: BookingDayQuery, response: { 200: BookingDay, ...refusals } },
  }, async (req) => bookings.day(req.query.day ?? bookings.today(), req.query.flow));

  api.post('/api/bookings/:id/status', {
    preHandler: staff,
    config: { access: { staff: 'counselling.manage' } },
    schema: {
      tags: ['bookings'], summary: 'Record attendance or a no-show once the session has begun, or cancel (staff)',
      params: BookingIdParams, body: BookingStatusBody, response: { 200: SessionBooking, ...refusals },
    },
  }, async (req) => bookings.setStatus(req.params.id, req.body.status, staffOf(req).staff.username));
}

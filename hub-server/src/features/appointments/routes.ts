import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, Appointment, BookBody, CheckInBody, CodeParams, SlotsQuery, SlotsResult, Ticket } from '../../contract/index.ts';
import type { AppointmentService } from './service.ts';

const refusals = { 400: ApiError, 404: ApiError, 409: ApiError, 422: ApiError };

/** Appointments (预约): open to kiosks and phones; the code is the only key, no personal data is asked. */
export default async function appointmentRoutes(app: FastifyInstance, { appointments }: { appointments: AppointmentService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/appointments/slots', {
    config: { access: { public: 'free slots, shown on kiosks and phones' } },
    schema: { tags: ['appointments'], summary: 'Bookable slots of a service on a day, with places left', querystring: SlotsQuery, response: { 200: SlotsResult, ...refusals } },
  }, async (req) => appointments.slots(req.query.serviceId, req.query.date));

  api.post('/api/appointments', {
    config: { access: { public: 'booking from a kiosk or a phone: the six-digit code is the only key, nothing personal is asked' } },
    schema: { tags: ['appointments'], summary: 'Book a slot; returns the six-digit check-in code (and prints a slip at a kiosk)', body: BookBody, response: { 201: Appointment, ...refusals } },
  }, async (req, reply) => {
    const booking = appointments.book(req.body.serviceId, req.body.slotStart, req.body.kioskId);
    reply.status(201);
    return booking;
  });

  api.get('/api/appointments/:code', {
    config: { access: { public: 'booking from a kiosk or a phone: the six-digit code is the only key, nothing personal is asked' } },
    schema: { tags: ['appointments'], summary: 'A booking by its code', params: CodeParams, response: { 200: Appointment, ...refusals } },
  }, async (req) => appointments.get(req.params.code));

  api.post('/api/appointments/:code/cancel', {
    config: { access: { public: 'booking from a kiosk or a phone: the six-digit code is the only key, nothing personal is asked' } },
    schema: { tags: ['appointments'], summary: 'Cancel a booking (frees its place)', params: CodeParams, response: { 200: Appointment, ...refusals } },
  }, async (req) => appointments.cancel(req.params.code));

  api.post('/api/appointments/check-in', {
    config: { access: { public: 'booking from a kiosk or a phone: the six-digit code is the only key, nothing personal is asked' } },
    schema: { tags: ['appointments'], summary: 'Check in at a kiosk: the booking becomes a ticket called from the slot start', body: CheckInBody, response: { 201: Ticket, ...refusals } },
  }, async (req, reply) => {
    const ticket = await appointments.checkIn(req.body.code, req.body.kioskId);
    reply.status(201);
    return ticket;
  });
}

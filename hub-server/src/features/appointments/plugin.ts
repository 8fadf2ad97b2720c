import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import appointmentRoutes from './routes.ts';
import { AppointmentService } from './service.ts';

/** Appointments (预约): booking a slot, and checking in at a kiosk, when the booking becomes a ticket. */
async function appointments(app: FastifyInstance) {
  await app.register(appointmentRoutes, { appointments: new AppointmentService(app.hub, app.queue, app.printing) });
}

export default fp(appointments, { name: 'appointments', dependencies: ['hub', 'queue', 'printing'] });

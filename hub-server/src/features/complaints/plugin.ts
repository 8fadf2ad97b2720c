import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ComplaintService } from './complaints.ts';
import complaintRoutes from './routes.ts';

/** Labour-rights complaints (农民工维权) with a printed receipt and a status page. */
async function complaints(app: FastifyInstance) {
  await app.register(complaintRoutes, { complaints: new ComplaintService(app.hub, app.vocabulary, app.printing) });
}

export default fp(complaints, { name: 'complaints', dependencies: ['hub', 'staff', 'vocabulary', 'printing'] });

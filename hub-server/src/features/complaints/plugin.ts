import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { TrackedItem } from '../../contract/index.ts';
import { ComplaintService } from './complaints.ts';
import complaintRoutes from './routes.ts';

/** What other capabilities ask of complaints: one as its complainant follows it. */
export interface ComplaintsApi {
  track(refNo: string, checkCode: string): TrackedItem | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    complaints: ComplaintsApi;
  }
}

/** Labour-rights complaints (农民工维权) with a printed receipt and a status page. */
async function complaints(app: FastifyInstance) {
  const service = new ComplaintService(app.hub, app.vocabulary, app.printing);
  app.decorate('complaints', { track: (r, c) => service.track(r, c) } satisfies ComplaintsApi);
  await app.register(complaintRoutes, { complaints: service });
}

export default fp(complaints, { name: 'complaints', dependencies: ['hub', 'staff', 'vocabulary', 'printing'] });

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { VisitorSessions } from './visitor-sessions.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Kiosk sign-ins of job seekers and employers (x-visitor-token). */
    visitors: VisitorSessions;
  }
}

/** Visitors signed in at a kiosk: tokens whose hash only is stored, gone on idle reset or by themselves. */
async function visitors(app: FastifyInstance) {
  app.decorate('visitors', new VisitorSessions(app.hub.db, app.hub.now));
}

export default fp(visitors, { name: 'visitors', dependencies: ['hub'] });

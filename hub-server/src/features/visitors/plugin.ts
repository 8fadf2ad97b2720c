import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { enforceVisitorAccess } from './access.ts';
import { VisitorSessions } from './visitor-sessions.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Kiosk sign-ins of job seekers and employers (x-visitor-token). */
    visitors: VisitorSessions;
  }
}

/**
 * Visitors signed in at a kiosk: tokens whose hash only is stored, gone on idle reset or by themselves. Listed
 * right after staff, so its gate stands in front of every visitor route registered after it.
 */
async function visitors(app: FastifyInstance) {
  const sessions = new VisitorSessions(app.hub.db, app.hub.now);
  app.decorate('visitors', sessions);
  enforceVisitorAccess(app, sessions);
}

export default fp(visitors, { name: 'visitors', dependencies: ['hub', 'staff'] });

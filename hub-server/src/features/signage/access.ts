import type { FastifyRequest } from 'fastify';
import { staffOf } from '../staff/guard.ts';

/** Who did it, for signage's own history (the audit log records it too). Route config `access` guards the routes. */
export const actorOf = (req: FastifyRequest): string => staffOf(req).staff.username;

import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends a published body with an ETag made from its bytes, so a feed reader or a phone that has it already
 * gets a 304 and no body. `maxAge` is how long a cache may keep it without asking (seconds).
 */
export function sendCached(req: FastifyRequest, reply: FastifyReply, body: string, contentType: string, maxAge: number) {
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', `public, max-age=${maxAge}`).header('vary', 'accept-encoding');
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return reply.status(304).send();
  return reply.type(contentType).send(body);
}

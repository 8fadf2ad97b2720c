import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditLog } from './audit-log.ts';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Field names of a JSON body, or what kind of upload it was: never values, which may be personal or secret. */
function fieldsOf(req: FastifyRequest): string | null {
  const body = req.body as unknown;
  if (Buffer.isBuffer(body)) return `${req.headers['content-type'] ?? 'upload'}, ${body.length} bytes`;
  if (typeof body === 'string') return `${req.headers['content-type'] ?? 'text'}, ${body.length} characters`;
  if (body && typeof body === 'object') return `fields: ${Object.keys(body).join(', ')}`;
  return null;
}

/**
 * Writes every staff action to the audit log once it is answered: each state-changing request on a staff or
 * visitor route that carried a staff session, whether it succeeded or was refused (a missing permission or
 * CSRF token is as worth knowing as a success). Reads are not actions; anonymous refusals are not staff's.
 */
export function auditStaffActions(app: FastifyInstance, log: AuditLog): void {
  app.addHook('onResponse', async (req, reply) => {
    if (READS.has(req.method)) return;
    const session = req.staffSession;
    const access = req.routeOptions.config?.access;
    if (!session || !access || 'public' in access) return;
    const params = req.params && typeof req.params === 'object' && Object.keys(req.params).length ? JSON.stringify(req.params) : null;
    try {
      log.record({
        actor: session.staff.username, action: `${req.method} ${req.routeOptions.url}`, target: params,
        status: reply.statusCode, ip: req.ip, detail: fieldsOf(req),
      });
    } catch (err) {
      // The action is done and answered; a full disk must not turn it into an error, but it must be seen.
      req.log.error({ err }, 'audit log write failed');
    }
  });
}

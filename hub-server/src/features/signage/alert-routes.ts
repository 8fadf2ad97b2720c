import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AlertBody, AlertCreated, AlertTemplate, AlertView, ApiError, SignageAuditEntry, Slug, Uuid } from '../../contract/index.ts';
import { actorOf } from './access.ts';
import type { SignageParts } from './signage-context.ts';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError };

/** Emergency takeover (signage.alert): sent at once, no approval; every step is in the audit log. */
export default async function alertRoutes(app: FastifyInstance, { parts: p }: { parts: SignageParts }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const alert = { config: { access: { staff: 'signage.alert' as const } } };
  const read = { config: { access: { staff: 'signage.read' as const } } };

  api.post('/api/signage/alerts', {
    ...alert,
    schema: {
      tags: ['signage'], summary: 'Emergency alert (CAP-shaped) on the zones\' screens and LED boards at once; zones [] is every zone',
      body: AlertBody, response: { 201: AlertCreated, ...errors },
    },
  }, async (req, reply) => {
    const created = p.alerts.send(req.body, actorOf(req));
    reply.status(201);
    return created;
  });

  api.post('/api/signage/alerts/:id/cancel', {
    ...alert, schema: { tags: ['signage'], summary: 'End an alert on every screen now', params: z.strictObject({ id: Uuid }), response: { 200: AlertView, ...errors } },
  }, async (req) => p.alerts.cancel(req.params.id, actorOf(req)));

  api.get('/api/signage/alerts', { ...read, schema: { tags: ['signage'], summary: 'Recent alerts with each screen\'s acknowledgement', response: { 200: z.array(AlertView), ...errors } } },
    async () => p.alerts.list());

  api.get('/api/signage/alerts/:id', { ...read, schema: { tags: ['signage'], summary: 'One alert and who acknowledged it', params: z.strictObject({ id: Uuid }), response: { 200: AlertView, ...errors } } },
    async (req) => p.alerts.view(req.params.id));

  api.get('/api/signage/alert-templates', { ...read, schema: { tags: ['signage'], summary: 'Alerts ready to send with one action', response: { 200: z.array(AlertTemplate), ...errors } } },
    async () => p.items.content().alertTemplates);

  api.get('/api/signage/audit', {
    ...read,
    schema: {
      tags: ['signage'], summary: 'The signage audit log, newest first',
      querystring: z.strictObject({ subject: z.string().max(120).optional(), action: z.string().max(40).optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) }),
      response: { 200: z.array(SignageAuditEntry), ...errors },
    },
  }, async (req) => p.audit.list(req.query));
}

export { Slug };

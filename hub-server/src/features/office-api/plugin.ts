import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, CreateOfficeKeyBody, CreatedOfficeKey, OfficeFairs, OfficeKey, OfficeKeyParams, OfficeNotices, OfficeVacancies, OfficeVacancyQuery,
} from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { staffOf } from '../staff/guard.ts';
import { z } from 'zod';
import { OfficeGuard } from './guard.ts';
import { OfficeKeys } from './keys.ts';

const office = { public: 'office API key checked in the handler (2.1.4)' };
const manage = { staff: 'publishing.manage' } as const;

/**
 * The read API for street and community offices (2.1.4 内部网络发布): vacancies, notices and fairs in their
 * public shape, each request with the office's own key. Staff make and revoke keys in admin.
 */
async function officeApi(app: FastifyInstance) {
  const { db, now } = app.hub;
  const keys = new OfficeKeys(db);
  const guard = new OfficeGuard(keys, now);
  const { sources: src, outputs } = app.publishing;
  outputs.add(() => ['vacancies', 'notices', 'fairs'].map((k) => ({ path: `/api/office/v1/${k}`, channel: 'office-api' as const, audience: 'office' as const, contentType: 'application/json' })));
  const api = app.withTypeProvider<ZodTypeProvider>();
  const at = () => now().toISOString();
  const refusals = { 401: ApiError, 403: ApiError, 429: ApiError };

  api.get('/api/office/v1/vacancies', {
    preHandler: guard.check, config: { access: office },
    schema: { tags: ['publishing'], summary: 'Open vacancies for an office, newest first (no contact details: applicants come through a referral)', querystring: OfficeVacancyQuery, response: { 200: OfficeVacancies, 400: ApiError, ...refusals } },
  }, async (req) => {
    const { district, occupation, limit, offset } = req.query;
    const list = src.vacancies({ ...(district && { district: [district] }), ...(occupation && { occupation }) }, limit, offset);
    return { generatedAt: at(), total: list.total, items: list.items };
  });

  api.get('/api/office/v1/notices', {
    preHandler: guard.check, config: { access: office },
    schema: { tags: ['publishing'], summary: 'Published notices for an office, newest first', response: { 200: OfficeNotices, ...refusals } },
  }, async () => ({ generatedAt: at(), items: src.notices() }));

  api.get('/api/office/v1/fairs', {
    preHandler: guard.check, config: { access: office },
    schema: { tags: ['publishing'], summary: 'Scheduled job fairs of the coming weeks for an office', response: { 200: OfficeFairs, ...refusals } },
  }, async () => ({ generatedAt: at(), items: src.fairs() }));

  api.get('/api/publishing/office-keys', {
    config: { access: manage },
    schema: { tags: ['publishing'], summary: 'Office API keys (never the keys themselves)', response: { 200: z.array(OfficeKey), 401: ApiError } },
  }, async () => keys.list());

  api.post('/api/publishing/office-keys', {
    config: { access: manage },
    schema: { tags: ['publishing'], summary: 'Make a key for an office: the key is in this answer only', body: CreateOfficeKeyBody, response: { 201: CreatedOfficeKey, 400: ApiError, 401: ApiError, 403: ApiError } },
  }, async (req, reply) => {
    reply.status(201);
    return keys.create(req.body.office, req.body.perMinute, staffOf(req).staff.username, at());
  });

  api.post('/api/publishing/office-keys/:id/revoke', {
    config: { access: manage },
    schema: { tags: ['publishing'], summary: 'Revoke an office key at once', params: OfficeKeyParams, response: { 200: OfficeKey, 401: ApiError, 403: ApiError, 404: ApiError } },
  }, async (req) => {
    const key = keys.revoke(req.params.id, staffOf(req).staff.username, at());
    if (!key) throw fieldError(404, 'params.id', 'no such office key');
    return key;
  });
}

export default fp(officeApi, { name: 'office-api', dependencies: ['hub', 'staff', 'publishing'] });

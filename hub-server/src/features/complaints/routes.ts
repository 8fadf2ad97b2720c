import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, Complaint, ComplaintListQuery, ComplaintLookupBody, ComplaintParams, ComplaintPublicStatus, ComplaintReceipt, ComplaintUpdateBody, CreateComplaintBody,
} from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { LoginThrottle } from '../../infra/login-throttle.ts';
import { staffOf } from '../staff/guard.ts';
import { throttled } from '../visitors/visitor-sessions.ts';
import type { ComplaintService } from './complaints.ts';

export default async function complaintRoutes(app: FastifyInstance, { complaints }: { complaints: ComplaintService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Six-digit check codes resist guessing only while guessing is slow: per reference and per address.
  const throttle = new LoginThrottle({ failures: 10, windowMs: 10 * 60_000, lockMs: 10 * 60_000 }, { failures: 20, windowMs: 10 * 60_000, lockMs: 10 * 60_000 });

  api.post('/api/complaints', {
    config: { access: { public: 'anyone may file a complaint at a kiosk, anonymously if they wish' } },
    schema: {
      tags: ['complaints'],
      summary: 'File a wage-arrears or labour-rights complaint (农民工维权); a receipt with reference and check code is printed',
      body: CreateComplaintBody,
      response: { 201: ComplaintReceipt, 400: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const receipt = complaints.create(req.body);
    reply.status(201);
    return receipt;
  });

  api.post('/api/complaints/status', {
    config: { access: { public: 'following a complaint with its reference and check code: throttled, no personal data shown' } },
    schema: {
      tags: ['complaints'], summary: 'Follow a complaint with its reference and check code (no personal data is shown)',
      body: ComplaintLookupBody, response: { 200: ComplaintPublicStatus, 400: ApiError, 404: ApiError, 429: ApiError },
    },
  }, async (req, reply) => throttled(throttle, req, reply, req.body.refNo, () => complaints.lookup(req.body.refNo, req.body.checkCode), () =>
    new HttpError(404, 'NOT_FOUND', 'no complaint with this reference and check code')));

  api.get('/api/complaints', {
    config: { access: { staff: 'complaint.handle' } },
    schema: { tags: ['complaints'], summary: 'Complaints to handle (staff)', querystring: ComplaintListQuery, response: { 200: z.array(Complaint), 401: ApiError } },
  }, async (req) => complaints.list(req.query.status, req.query.limit));

  api.post('/api/complaints/:id/status', {
    config: { access: { staff: 'complaint.handle' } },
    schema: {
      tags: ['complaints'], summary: 'Move a complaint on (staff), with a note the complainant can read', params: ComplaintParams, body: ComplaintUpdateBody,
      response: { 200: Complaint, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req) => complaints.update(req.params.id, req.body.status, staffOf(req).staff.username, req.body.publicNote));
}

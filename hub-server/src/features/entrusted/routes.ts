import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AddShortlistBody, ApiError, CreateEntrustBody, EntrustList, EntrustListQuery, EntrustParams, EntrustRequest, EntrustTransitionBody,
  ShortlistParams, ShortlistResultBody,
} from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { actorName, staffOrVisitor } from '../visitors/access.ts';
import { staffOf } from '../staff/guard.ts';
import type { EntrustService } from './entrusted.ts';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError };

/** 委托招聘 (3.1.6): the employer's request and view at the kiosk; the staff's shortlist, results and close. */
export default async function entrustedRoutes(app: FastifyInstance, { entrusted }: { entrusted: EntrustService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const sessions = app.visitors;
  const notYours = () => new HttpError(403, 'NOT_YOURS', 'this request belongs to another employer');

  api.post('/api/entrusted', {
    config: { access: { visitor: 'employer', staff: 'entrusted.manage' } },
    schema: {
      tags: ['entrusted'],
      summary: 'Entrust a published vacancy’s screening to the centre: how many candidates, by when (the employer at the kiosk, or staff)',
      body: CreateEntrustBody, response: { 201: EntrustRequest, ...errors },
    },
  }, async (req, reply) => {
    const actor = await staffOrVisitor(req, reply, sessions, 'employer');
    const created = entrusted.create(req.body, actor.kind === 'staff' ? { kind: 'staff', by: actor.username } : { kind: 'employer', employerId: actor.id, by: actorName(actor) });
    reply.status(201);
    return actor.kind === 'staff' ? created : entrusted.get(created.id, 'employer');
  });

  api.get('/api/employers/me/entrusted', {
    config: { access: { visitor: 'employer' } },
    schema: {
      tags: ['entrusted'], summary: 'The signed-in employer’s requests with their state; the shortlist (masked) once handed over',
      response: { 200: EntrustList, 401: ApiError },
    },
  }, async (req) => entrusted.list({ status: 'all', employerId: sessions.require(req, 'employer'), limit: 50, offset: 0 }, 'employer'));

  api.get('/api/entrusted', {
    config: { access: { staff: 'entrusted.manage' } },
    schema: {
      tags: ['entrusted'], summary: 'Entrusted-recruitment requests (staff): open ones soonest due first', querystring: EntrustListQuery,
      response: { 200: EntrustList, 400: ApiError, 401: ApiError },
    },
  }, async (req) => entrusted.list(req.query, 'staff'));

  api.get('/api/entrusted/:id', {
    config: { access: { visitor: 'employer', staff: 'entrusted.manage' } },
    schema: { tags: ['entrusted'], summary: 'One request (staff, or the employer it belongs to)', params: EntrustParams, response: { 200: EntrustRequest, ...errors } },
  }, async (req, reply) => {
    const actor = await staffOrVisitor(req, reply, sessions, 'employer');
    if (actor.kind === 'staff') return entrusted.get(req.params.id, 'staff');
    if (entrusted.employerOf(req.params.id) !== actor.id) throw notYours();
    return entrusted.get(req.params.id, 'employer');
  });

  api.post('/api/entrusted/:id/transition', {
    config: { access: { visitor: 'employer', staff: 'entrusted.manage' } },
    schema: {
      tags: ['entrusted'],
      summary: 'Move the request: start, deliver (hand the shortlist over), close (staff); cancel before handing over (staff or its employer)',
      params: EntrustParams, body: EntrustTransitionBody, response: { 200: EntrustRequest, ...errors },
    },
  }, async (req, reply) => {
    const actor = await staffOrVisitor(req, reply, sessions, 'employer');
    if (actor.kind === 'employer') {
      if (entrusted.employerOf(req.params.id) !== actor.id) throw notYours();
      if (req.body.action !== 'cancel') throw fieldError(403, 'body.action', 'an employer can only cancel its request');
      entrusted.transition(req.params.id, 'cancel', actorName(actor), req.body.note);
      return entrusted.get(req.params.id, 'employer');
    }
    return entrusted.transition(req.params.id, req.body.action, actorName(actor), req.body.note);
  });

  api.post('/api/entrusted/:id/shortlist', {
    config: { access: { staff: 'entrusted.manage' } },
    schema: {
      tags: ['entrusted'],
      summary: 'Add a consenting seeker to the shortlist (staff, from the ranked candidates); refer=true also refers them (3.1.9 follows it up)',
      params: EntrustParams, body: AddShortlistBody, response: { 201: EntrustRequest, ...errors },
    },
  }, async (req, reply) => {
    const result = entrusted.shortlist(req.params.id, req.body, staffOf(req).staff.username);
    reply.status(201);
    return result;
  });

  api.post('/api/entrusted/:id/shortlist/:seekerId/result', {
    config: { access: { staff: 'entrusted.manage' } },
    schema: {
      tags: ['entrusted'], summary: 'Record a shortlisted seeker’s result (interviewed, hired, rejected, withdrawn); a linked referral follows',
      params: ShortlistParams, body: ShortlistResultBody, response: { 200: EntrustRequest, ...errors },
    },
  }, async (req) => entrusted.recordResult(req.params.id, req.params.seekerId, req.body, staffOf(req).staff.username));
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, CreateReferralBody, Referral, ReferralList, ReferralListQuery, ReferralOutcomeBody, ReferralParams, ReferralsCreated, VISITOR_TOKEN_HEADER,
} from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { staffOf } from '../staff/guard.ts';
import { actorName, staffOrVisitor } from '../visitors/access.ts';
import type { ReferralService } from './referrals.ts';

export default async function referralRoutes(app: FastifyInstance, { referrals }: { referrals: ReferralService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const sessions = app.visitors;
  const notYours = () => new HttpError(403, 'NOT_YOURS', 'this referral belongs to someone else');

  api.post('/api/referrals', {
    config: { access: { visitor: 'seeker', staff: 'referral.manage' } },
    schema: {
      tags: ['referrals'],
      summary: 'Refer the seeker to chosen vacancies (推荐): one slip each, printed on the kiosk’s printer',
      description: 'A signed-in seeker (x-visitor-token) refers themself; staff name the seeker in seekerId.',
      body: CreateReferralBody,
      response: { 201: ReferralsCreated, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const actor = await staffOrVisitor(req, reply, sessions, 'seeker');
    let seekerId: string;
    if (actor.kind === 'staff') {
      if (!req.body.seekerId) throw fieldError(400, 'body.seekerId', 'staff must name the seeker');
      seekerId = req.body.seekerId;
    } else {
      if (req.body.seekerId && req.body.seekerId !== actor.id) throw fieldError(403, 'body.seekerId', 'a seeker can only refer themself');
      seekerId = actor.id;
    }
    const items = referrals.create(seekerId, req.body.vacancyIds, req.body.kioskId, actorName(actor));
    reply.status(201);
    const printed = items.some((r) => r.print);
    return {
      items,
      message: printed
        ? { zh: `已为您打印 ${items.length} 张推荐信，请带好推荐信和身份证去面试。`, en: `${items.length} referral slip(s) printed. Take them and your ID card to the interview.` }
        : { zh: `已登记 ${items.length} 个推荐，可以到窗口打印推荐信。`, en: `${items.length} referral(s) recorded; slips can be printed at a window.` },
    };
  });

  api.get('/api/referrals/:id', {
    config: { access: { visitor: ['seeker', 'employer'], staff: 'referral.read' } },
    schema: {
      tags: ['referrals'], summary: 'One referral with its history and print state (staff, the seeker, or the employer it went to)',
      params: ReferralParams, response: { 200: Referral, 401: ApiError, 403: ApiError, 404: ApiError },
    },
  }, async (req, reply) => {
    if (req.headers[VISITOR_TOKEN_HEADER] !== undefined) {
      const seeker = sessions.of(req, 'seeker');
      const employer = sessions.of(req, 'employer');
      if (seeker ? referrals.seekerOf(req.params.id) !== seeker : !employer || referrals.employerOf(req.params.id) !== employer) throw notYours();
      return referrals.get(req.params.id);
    }
    await staffOrVisitor(req, reply, sessions, 'seeker');
    return referrals.get(req.params.id);
  });

  api.post('/api/referrals/:id/outcome', {
    config: { access: { visitor: 'employer', staff: 'referral.manage' } },
    schema: {
      tags: ['referrals'],
      summary: 'Record what happened (interviewed, hired, rejected, no-show, cancelled): staff, or the employer it went to',
      params: ReferralParams, body: ReferralOutcomeBody,
      response: { 200: Referral, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req, reply) => {
    const actor = await staffOrVisitor(req, reply, sessions, 'employer');
    if (actor.kind === 'employer' && referrals.employerOf(req.params.id) !== actor.id) throw notYours();
    return referrals.record(req.params.id, req.body.outcome, actorName(actor), req.body.note);
  });

  api.get('/api/referrals', {
    config: { access: { staff: 'referral.read' } },
    schema: {
      tags: ['referrals'],
      summary: 'Referrals for follow-up (staff): open, closed or all; counsellor=me for one’s assistance clients; due=true for reminders',
      querystring: ReferralListQuery, response: { 200: ReferralList, 401: ApiError },
    },
  }, async (req) => {
    const counsellor = req.query.counsellor === 'me' ? staffOf(req).staff.username : req.query.counsellor;
    return referrals.list({ ...req.query, counsellor });
  });

  api.get('/api/seekers/me/referrals', {
    config: { access: { visitor: 'seeker' } },
    schema: { tags: ['referrals'], summary: 'The signed-in seeker’s referrals', querystring: ReferralListQuery, response: { 200: ReferralList, 401: ApiError } },
  }, async (req) => referrals.list({ ...req.query, counsellor: undefined, seekerId: sessions.require(req, 'seeker') }));
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, CaseEntryBody, CaseList, CaseListQuery, CaseLookupBody, CaseParams, CasePublic, CaseRecord, CasesMine, OpenCaseBody,
} from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { LoginThrottle } from '../staff/login-throttle.ts';
import { requireStaff, staffOf } from '../staff/guard.ts';
import { throttled } from '../visitors/visitor-sessions.ts';
import type { CaseService } from './service.ts';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError, 429: ApiError };

/**
 * Case records: staff open and follow them at the window (counsellors and counter staff both hold
 * form.decide); the person sees theirs at the kiosk, signed in or by ID number and the mobile's last digits.
 */
export default async function caseRoutes(app: FastifyInstance, { cases }: { cases: CaseService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const staff = requireStaff();
  // An ID number and four digits: failed lookups are counted per address, leniently (one kiosk, many visitors).
  const guesses = new LoginThrottle(20);

  api.get('/api/cases', {
    preHandler: staff,
    config: { access: { staff: 'form.read' } },
    schema: { tags: ['cases'], summary: 'Case records of a flow, or one person\'s by ID number (masked)', querystring: CaseListQuery, response: { 200: CaseList, ...refusals } },
  }, async (req) => ({ items: cases.list(req.query) }));

  api.post('/api/cases', {
    preHandler: staff,
    config: { access: { staff: 'form.decide' } },
    schema: { tags: ['cases'], summary: 'Open a person\'s record of a case flow at its first stage', body: OpenCaseBody, response: { 201: CaseRecord, ...refusals } },
  }, async (req, reply) => {
    const record = cases.open(req.body, staffOf(req).staff.username);
    reply.status(201);
    return record;
  });

  api.get('/api/cases/mine', {
    config: { access: { visitor: 'seeker' } },
    schema: { tags: ['cases'], summary: 'The signed-in seeker\'s records, next sessions and sessions held', response: { 200: CasesMine, ...refusals } },
  }, async (req) => cases.mine(app.visitors.require(req, 'seeker')));

  api.post('/api/cases/lookup', {
    config: { access: { public: 'a person looks up their own record with the ID number and the mobile\'s last four digits' } },
    schema: { tags: ['cases'], summary: 'A record as its person sees it, by ID number and the mobile\'s last 4 digits', body: CaseLookupBody, response: { 200: CasePublic, ...refusals } },
  }, async (req) => throttled(guesses, req.ip, () => cases.lookup(req.body.flowId, req.body.idNumber, req.body.phoneLast4), () =>
    new HttpError(404, 'NO_RECORD', 'no record matches this ID number and mobile', [{ path: 'body.phoneLast4', message: 'no match' }],
      { zh: '没有查到记录：请核对身份证号和手机后四位，或到窗口询问。', en: 'No record found: check the ID number and the last 4 digits, or ask at a window.' })));

  api.get('/api/cases/:id', {
    preHandler: staff,
    config: { access: { staff: 'form.read' } },
    schema: { tags: ['cases'], summary: 'One record with every entry (notes unsealed for staff)', params: CaseParams, response: { 200: CaseRecord, ...refusals } },
  }, async (req) => cases.get(req.params.id));

  api.post('/api/cases/:id/entries', {
    preHandler: staff,
    config: { access: { staff: 'form.decide' } },
    schema: {
      tags: ['cases'], summary: 'Move a record to a next stage, complete a registration, or record a follow-up with the next date',
      params: CaseParams, body: CaseEntryBody, response: { 200: CaseRecord, ...refusals },
    },
  }, async (req) => cases.entry(req.params.id, req.body, staffOf(req).staff.username));
}

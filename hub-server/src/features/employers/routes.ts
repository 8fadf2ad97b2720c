import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgencyQuery, ApiError, CreateEmployerBody, Employer, EmployerCreated, EmployerParams, EmployerSession, EmployerSignInBody, EmployerSignInCode,
} from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { LoginThrottle } from '../../infra/login-throttle.ts';
import { staffOf } from '../staff/guard.ts';
import { throttled } from '../visitors/visitor-sessions.ts';
import type { EmployerService } from './employers.ts';

export default async function employerRoutes(app: FastifyInstance, { employers }: { employers: EmployerService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const sessions = app.visitors;
  const throttle = new LoginThrottle();

  api.post('/api/employers', {
    config: { access: { staff: 'employer.manage' } },
    schema: {
      tags: ['employers'],
      summary: 'Open an employer account (staff, after checking the business licence); the 8-digit sign-in code is shown once',
      body: CreateEmployerBody,
      response: { 201: EmployerCreated, 400: ApiError, 401: ApiError, 403: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const created = await employers.create(req.body, staffOf(req).staff.username);
    reply.status(201);
    return created;
  });

  api.post('/api/employers/:id/sign-in-code', {
    config: { access: { staff: 'employer.manage' } },
    schema: {
      tags: ['employers'], summary: 'Issue a new sign-in code (the old one stops working)', params: EmployerParams,
      response: { 200: EmployerSignInCode, 401: ApiError, 403: ApiError, 404: ApiError },
    },
  }, async (req) => ({ signInCode: await employers.resetCode(req.params.id) }));

  api.get('/api/employers', {
    config: { access: { staff: 'employer.manage' } },
    schema: { tags: ['employers'], summary: 'Employer accounts (staff)', response: { 200: z.array(Employer), 401: ApiError } },
  }, async () => employers.list());

  api.post('/api/employers/sign-in', {
    config: { access: { public: 'employer sign-in at the kiosk with the credit code and sign-in code: throttled per address' } },
    schema: {
      tags: ['employers'], summary: 'Employer sign-in at the kiosk with the credit code and the sign-in code', body: EmployerSignInBody,
      response: { 200: EmployerSession, 400: ApiError, 401: ApiError, 429: ApiError },
    },
  }, async (req, reply) => {
    const employer = await throttled(throttle, req, reply, req.body.creditCode, () => employers.signIn(req.body.creditCode, req.body.code), () =>
      new HttpError(401, 'SIGN_IN_FAILED', 'the credit code and sign-in code do not match an account', undefined,
        { zh: '信用代码或登录码不对，请再试一次，或到用人单位服务窗口办理。', en: 'The codes do not match. Try again or ask at the employer window.' }));
    return { employer, ...sessions.open('employer', employer.id) };
  });

  api.get('/api/agencies', {
    config: { access: { public: 'the public register of licensed agencies: names and licence status, as the handbook requires' } },
    schema: {
      tags: ['employers'], summary: 'Licensed dispatch (劳务派遣) and overseas-employment (境外就业) agencies with their licence status',
      querystring: AgencyQuery, response: { 200: z.array(Employer), 400: ApiError },
    },
  }, async (req) => employers.list(req.query.kind));
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, PrintAtQuery, RegisterSeekerBody, Seeker, SeekerCaseBody, SeekerList, SeekerListQuery, SeekerParams, SeekerRegistered, SeekerSession,
  SeekerSignInBody, UpdateSeekerBody,
} from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { LoginThrottle } from '../../infra/login-throttle.ts';
import { throttled } from '../visitors/visitor-sessions.ts';
import type { SeekerService } from './seekers.ts';

export default async function seekerRoutes(app: FastifyInstance, { seekers }: { seekers: SeekerService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const sessions = app.visitors;
  // An ID number is not a secret, so sign-in also asks for phone digits; guessing them is slowed per ID number
  // (5 tries, wherever they come from) and per address.
  const throttle = new LoginThrottle();

  api.post('/api/seekers', {
    config: { access: { public: 'a job seeker registers at the kiosk; the answer is masked and opens a kiosk sign-in' } },
    schema: {
      tags: ['seekers'],
      summary: 'Register as a job seeker (求职登记); returns the masked profile and a kiosk sign-in token',
      description: 'The ID number is checked (GB 11643) and stored sealed; every response shows it masked (1101**********123X). '
        + 'With ?kioskId= the pre-filled slip for the window prints on that kiosk\'s printer.',
      querystring: PrintAtQuery, body: RegisterSeekerBody,
      response: { 201: SeekerRegistered, 400: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const { seeker, slip } = seekers.register(req.body, req.query.kioskId);
    reply.status(201);
    return { seeker, slip, ...sessions.open('seeker', seeker.id) };
  });

  api.post('/api/seekers/sign-in', {
    config: { access: { public: 'kiosk sign-in with the ID number and phone digits: throttled per address' } },
    schema: {
      tags: ['seekers'], summary: 'Sign in at the kiosk with the ID number and the last 4 digits of the phone', body: SeekerSignInBody,
      response: { 200: SeekerSession, 400: ApiError, 401: ApiError, 429: ApiError },
    },
  }, async (req, reply) => {
    const seeker = await throttled(throttle, req, reply, req.body.idNumber, () => seekers.signIn(req.body.idNumber, req.body.phoneLast4), () =>
      new HttpError(401, 'SIGN_IN_FAILED', 'the ID number and phone digits do not match a registration', undefined,
        { zh: '身份证号或手机号后四位不对，请再试一次，或到窗口办理。', en: 'The ID number or phone digits do not match. Try again or ask at a window.' }));
    return { seeker, ...sessions.open('seeker', seeker.id) };
  });

  api.post('/api/seekers/sign-out', {
    config: { access: { public: 'ends whatever visitor token is sent (the kiosk’s idle reset); does nothing without one' } },
    schema: { tags: ['seekers'], summary: 'End the kiosk sign-in (also done by the kiosk on idle reset)', response: { 204: z.null() } },
  }, async (req, reply) => {
    sessions.close(req);
    reply.status(204);
    return null;
  });

  api.get('/api/seekers/me', {
    config: { access: { visitor: 'seeker' } },
    schema: { tags: ['seekers'], summary: 'The signed-in seeker (x-visitor-token), masked', response: { 200: Seeker, 401: ApiError } },
  }, async (req) => seekers.view(sessions.require(req, 'seeker')));

  api.patch('/api/seekers/me', {
    config: { access: { visitor: 'seeker' } },
    schema: {
      tags: ['seekers'], summary: 'Update the signed-in seeker’s profile and consent', body: UpdateSeekerBody,
      response: { 200: Seeker, 400: ApiError, 401: ApiError, 422: ApiError },
    },
  }, async (req) => seekers.update(sessions.require(req, 'seeker'), req.body));

  api.get('/api/seekers', {
    config: { access: { staff: 'seeker.read' } },
    schema: {
      tags: ['seekers'], summary: 'Seekers (staff), masked; filter by counsellor or assistance status', querystring: SeekerListQuery,
      response: { 200: SeekerList, 401: ApiError },
    },
  }, async (req) => seekers.list(req.query));

  api.get('/api/seekers/:id', {
    config: { access: { staff: 'seeker.read' } },
    schema: { tags: ['seekers'], summary: 'One seeker (staff), masked', params: SeekerParams, response: { 200: Seeker, 401: ApiError, 404: ApiError } },
  }, async (req) => seekers.view(req.params.id));

  api.patch('/api/seekers/:id/case', {
    config: { access: { staff: 'seeker.manage' } },
    schema: {
      tags: ['seekers'], summary: 'Mark an employment-assistance client (就业援助) and assign the counsellor who follows them up',
      params: SeekerParams, body: SeekerCaseBody, response: { 200: Seeker, 401: ApiError, 403: ApiError, 404: ApiError },
    },
  }, async (req) => seekers.setCase(req.params.id, req.body));
}

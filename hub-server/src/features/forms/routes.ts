import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, DraftResumed, DraftSaved, FormFlowParams, FormReceipt, KIOSK_KEY_HEADER, ResumeDraftBody, SaveDraftBody, SubmitFormBody,
} from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { LoginThrottle } from '../staff/login-throttle.ts';
import { throttled } from '../visitors/visitor-sessions.ts';
import type { FormDrafts } from './drafts.ts';
import type { FormSubmissions } from './submissions.ts';

/** What a visitor does with a form at the kiosk: submit it, save it for later, take it up again. */
export default async function formRoutes(app: FastifyInstance, { submissions, drafts }: { submissions: FormSubmissions; drafts: FormDrafts }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Eight-digit codes resist guessing only while guessing is slow.
  const throttle = new LoginThrottle(10, 10 * 60 * 1000);

  api.post('/api/forms/:flowId/submissions', {
    config: { access: { public: 'a visitor submits a form at the kiosk; a signed-in seeker\'s token links it to them' } },
    schema: {
      tags: ['forms'],
      summary: 'Submit a form (预申请): answers checked against the version answered, a slip printed with reference, check code and status QR',
      params: FormFlowParams, body: SubmitFormBody,
      response: { 201: FormReceipt, 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError, 410: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const key = req.headers[KIOSK_KEY_HEADER];
    const receipt = submissions.submit(req.params.flowId, req.body, {
      seekerId: app.visitors.of(req, 'seeker'), kioskKey: typeof key === 'string' ? key : undefined,
    });
    reply.status(201);
    return receipt;
  });

  api.post('/api/forms/:flowId/drafts', {
    config: { access: { public: 'a visitor saves a half-filled form at the kiosk for later' } },
    schema: {
      tags: ['forms'], summary: 'Save a form for later (暂存): a one-time 8-digit code that expires in 72 hours',
      params: FormFlowParams, body: SaveDraftBody, response: { 201: DraftSaved, 400: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const saved = drafts.save(submissions.form(req.params.flowId, req.body.version), req.body);
    reply.status(201);
    return saved;
  });

  api.post('/api/forms/drafts/resume', {
    config: { access: { public: 'the code itself is the key; failures are throttled' } },
    schema: {
      tags: ['forms'], summary: 'Take up a saved form with its code; the code is then used up',
      body: ResumeDraftBody, response: { 200: DraftResumed, 400: ApiError, 404: ApiError, 410: ApiError, 429: ApiError },
    },
  }, async (req) => throttled(throttle, req.ip, () => drafts.resume(req.body.code), () =>
    new HttpError(404, 'NOT_FOUND', 'body.code: no saved form with this code', [{ path: 'body.code', message: 'unknown' }],
      { zh: '没有找到这个暂存码，请核对后再试', en: 'No saved form has this code; please check it' })));
}

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, StatusLookupBody, TrackedItem } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { LoginThrottle } from '../staff/login-throttle.ts';
import { throttled } from '../visitors/visitor-sessions.ts';
import { trackedReferral } from './referral-status.ts';

/**
 * 查进度: one lookup for everything a visitor can follow — a form's submission, a complaint, a referral — by
 * the reference and check code on its slip, or signed in; and the phone page the slips' QR codes open.
 */
async function status(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Six-digit check codes resist guessing only while guessing is slow.
  const throttle = new LoginThrottle(10, 10 * 60 * 1000);

  api.post('/api/status/lookup', {
    config: { access: { public: 'the reference and check code are the key; failures are throttled' } },
    schema: {
      tags: ['status'], summary: 'Follow a submission or a complaint by the reference and check code on its slip (nothing personal is shown)',
      body: StatusLookupBody, response: { 200: TrackedItem, 400: ApiError, 404: ApiError, 429: ApiError },
    },
  }, async (req) => throttled(throttle, req.ip, () => {
    const { refNo, checkCode } = req.body;
    return app.forms.lookup(refNo, checkCode) ?? app.complaints.track(refNo, checkCode);
  }, () => new HttpError(404, 'NOT_FOUND', 'no submission or complaint with this reference and check code', undefined,
    { zh: '没有找到，请核对编号和查询码', en: 'Nothing found; please check the reference and the check code' })));

  api.get('/api/status/mine', {
    config: { access: { visitor: 'seeker' } },
    schema: {
      tags: ['status'], summary: 'A signed-in job seeker\'s submissions and referrals, newest first',
      response: { 200: z.array(TrackedItem), 401: ApiError },
    },
  }, async (req) => {
    const seekerId = app.visitors.require(req, 'seeker');
    const referrals = app.referrals.list({ status: 'all', seekerId, limit: 50, offset: 0 }).items.map(trackedReferral);
    return [...app.forms.mine(seekerId), ...referrals].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  });

  // The QR on a slip: /status/<ref>#<check code>. The fragment stays in the browser, so the check code never
  // reaches a server log; the redirect keeps it.
  app.get<{ Params: { ref: string } }>('/status/:ref', {
    config: { access: { public: 'the phone status page a slip\'s QR opens' } }, schema: { hide: true },
  }, async (req, reply) => reply.redirect(`/kiosk/track.html?ref=${encodeURIComponent(req.params.ref)}`));
  // Complaint receipts printed before the status page existed carry /complaints/<ref>.
  app.get<{ Params: { ref: string } }>('/complaints/:ref', {
    config: { access: { public: 'old complaint receipts' } }, schema: { hide: true },
  }, async (req, reply) => reply.redirect(`/status/${encodeURIComponent(req.params.ref)}`));
}

export default fp(status, { name: 'status', dependencies: ['hub', 'visitors', 'forms', 'complaints', 'referrals'] });

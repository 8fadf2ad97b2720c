import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, ConfirmSubscriptionBody, SubscribeBody, SubscribeStarted, SubscriptionOverview, SubscriptionParams, SubscriptionView, UnsubscribeBody, UnsubscribeResult,
} from '../../contract/index.ts';
import type { SubscriptionService } from './service.ts';

const optIn = { public: 'kiosk and phone opt-in and opt-out; a subscription needs the code sent to the number' };

export default async function subscriptionRoutes(app: FastifyInstance, { service }: { service: SubscriptionService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { vocabulary: vocab } = app;

  api.post('/api/subscriptions', {
    config: { access: optIn },
    schema: {
      tags: ['publishing'], summary: 'Subscribe a mobile number to job alerts and/or notices: a 6-digit code is sent to it',
      body: SubscribeBody, response: { 201: SubscribeStarted, 400: ApiError, 429: ApiError, 503: ApiError },
    },
  }, async (req, reply) => {
    reply.status(201);
    return service.start(req.body.phone, req.body.topics);
  });

  api.post('/api/subscriptions/:id/confirm', {
    config: { access: optIn },
    schema: {
      tags: ['publishing'], summary: 'Confirm a subscription with the code from the SMS', params: SubscriptionParams, body: ConfirmSubscriptionBody,
      response: { 200: SubscriptionView, 400: ApiError, 404: ApiError, 409: ApiError, 410: ApiError, 422: ApiError },
    },
  }, async (req) => service.confirm(req.params.id, req.body.code));

  api.post('/api/subscriptions/stop', {
    config: { access: optIn },
    schema: {
      tags: ['publishing'], summary: 'Opt out: every subscription of the number ends and the number is deleted (same answer whether or not it had one)',
      body: UnsubscribeBody, response: { 200: UnsubscribeResult, 400: ApiError, 429: ApiError },
    },
  }, async (req) => service.stop(req.body.phone, 'kiosk'));

  api.get('/api/subscriptions/overview', {
    config: { access: { staff: 'publishing.manage' } },
    schema: { tags: ['publishing'], summary: 'Subscriptions in numbers (no phone numbers) and what was sent in the last 7 days', response: { 200: SubscriptionOverview, 401: ApiError } },
  }, async () => {
    const active = service.activeRows();
    const tally = (keys: string[]) => {
      const m = new Map<string, number>();
      for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
      return [...m].sort((a, b) => b[1] - a[1]);
    };
    const sent = service.store.sentSince(new Date(app.hub.now().getTime() - 7 * 86_400_000).toISOString());
    return {
      active: active.length,
      pending: service.store.countPending(),
      jobAlerts: active.filter((s) => s.topics.jobs).length,
      notices: active.filter((s) => s.topics.notices).length,
      byOccupation: tally(active.flatMap((s) => s.topics.jobs?.occupations ?? [])).map(([code, count]) => ({
        code, count, name: vocab.occupation(code)?.name ?? vocab.groupName(code) ?? code,
      })),
      byDistrict: tally(active.flatMap((s) => s.topics.jobs?.districts ?? [])).map(([code, count]) => ({ code, count, name: vocab.district(code)?.name ?? code })),
      sent: { codes: sent.code, alerts: sent.alert, notices: sent.notice, stops: sent.stop },
    };
  });
}

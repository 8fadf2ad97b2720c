import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, CreateNoticeBody, CurrentNotice, Notice } from '../../contract/index.ts';
import { staffOf } from '../staff/guard.ts';
import type { NoticeStore } from './store.ts';

export default async function noticeRoutes(app: FastifyInstance, { store: notices }: { store: NoticeStore }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/notices/current', {
    config: { access: { public: 'the notice on the lobby screens now' } },
    schema: { tags: ['notices'], summary: 'The notice on the lobby screens now', response: { 200: CurrentNotice } },
  }, async () => ({ notice: notices.current() }));

  api.get('/api/notices', {
    config: { access: { staff: 'content.read' } },
    schema: { tags: ['notices'], summary: 'Recently published notices', response: { 200: z.array(Notice), 401: ApiError } },
  }, async () => notices.recent(20));

  api.post('/api/notices', {
    config: { access: { staff: 'content.publish' } },
    schema: {
      tags: ['notices'],
      summary: 'Publish a notice to every lobby screen at once (retained on MQTT)',
      body: CreateNoticeBody,
      response: { 201: Notice, 400: ApiError, 401: ApiError, 403: ApiError },
    },
  }, async (req, reply) => {
    const notice = notices.publish(req.body, staffOf(req).staff.username, app.hub.now());
    app.hub.events.emit('notice.published', { notice });
    reply.status(201);
    return notice;
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Health, RealtimeConfig } from '../../contract/index.ts';

export default async function healthRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, mqtt, devices, broker } = app.hub;

  api.get('/api/health', {
    schema: { tags: ['hub'], summary: 'Hub health: database, broker and every device', response: { 200: Health, 503: Health } },
  }, async (_req, reply) => {
    let dbOk: 'ok' | 'error' = 'ok';
    try {
      db.prepare('SELECT 1').get();
    } catch {
      dbOk = 'error';
    }
    const brokerOk = mqtt.connected ? 'ok' : 'down';
    const status = dbOk === 'ok' && brokerOk === 'ok' ? 'ok' : 'degraded';
    reply.status(status === 'ok' ? 200 : 503);
    return { status, db: dbOk, broker: brokerOk, brokerMode: broker.mode, devices: devices.all() } as const;
  });

  api.get('/api/realtime', {
    schema: {
      tags: ['hub'],
      summary: 'How a browser joins the broker (MQTT over WebSocket, read-only public topics)',
      response: { 200: RealtimeConfig },
    },
  }, async () => app.hub.realtime);
}

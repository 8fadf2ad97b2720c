import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Health, RealtimeConfig } from '../../contract/index.ts';

/** Hub health (database, broker, every device) and how browsers join the broker. */
async function health(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, mqtt, broker } = app.hub;
  const { devices } = app;

  api.get('/api/health', {
    config: { access: { public: 'monitoring and the kiosks’ fallbacks: the state of the database, broker and devices, nothing personal' } },
    schema: { tags: ['hub'], summary: 'Hub health: database, broker and every device', response: { 200: Health, 503: Health } },
  }, async (_req, reply) => {
    let dbOk: 'ok' | 'error' = 'ok';
    try {
      db.prepare('SELECT 1').get();
    } catch {
      dbOk = 'error';
    }
    const storage = app.hub.storage.check();
    const brokerOk = mqtt.connected ? 'ok' : 'down';
    const status = dbOk === 'ok' && storage === 'ok' && brokerOk === 'ok' ? 'ok' : 'degraded';
    reply.status(status === 'ok' ? 200 : 503);
    return { status, db: dbOk, storage, broker: brokerOk, brokerMode: broker.mode, devices: devices.all() } as const;
  });

  api.get('/api/realtime', {
    config: { access: { public: 'how a browser joins the broker with the read-only display account (public topics only)' } },
    schema: {
      tags: ['hub'],
      summary: 'How a browser joins the broker (MQTT over WebSocket, read-only public topics)',
      response: { 200: RealtimeConfig },
    },
  }, async () => app.hub.realtime);
}

export default fp(health, { name: 'health', dependencies: ['hub', 'devices'] });

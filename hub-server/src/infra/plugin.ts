import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createWebSocketStream } from 'ws';
import type { Config } from '../config.ts';
import { createHubContext, type ContextOptions } from './context.ts';

export interface HubPluginOptions extends ContextOptions {
  config: Config;
}

/**
 * The infrastructure as the first plugin, named "hub": every capability declares it as a dependency. It
 * decorates `app.hub` with the plumbing and, with the embedded broker, takes browsers' MQTT over WebSocket at
 * /mqtt. Registered before the capabilities, so its onClose runs after theirs (last in, first out).
 */
async function hubPlugin(app: FastifyInstance, { config, ...options }: HubPluginOptions) {
  const hub = await createHubContext(config, app.log, options);
  app.decorate('hub', hub);
  app.addHook('onClose', async () => hub.close());
  if (hub.broker.embedded) {
    const broker = hub.broker.embedded;
    app.get('/mqtt', {
      websocket: true, schema: { hide: true },
      config: { access: { public: 'browsers’ MQTT over WebSocket: the broker authenticates every client and enforces its ACL' } },
    }, (socket, req) => {
      broker.handleWebSocket(createWebSocketStream(socket), req.raw);
    });
  }
}

export default fp(hubPlugin, { name: 'hub', dependencies: ['@fastify/websocket'] });

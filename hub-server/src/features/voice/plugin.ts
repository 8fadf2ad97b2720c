import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { VoicePackStore } from './pack-store.ts';
import voiceRoutes from './routes.ts';

/** Call-announcement voice packs: the default pack made on first start, and staff's replacement clips. */
async function voice(app: FastifyInstance) {
  const pack = new VoicePackStore(path.join(app.hub.config.dataDir, 'voice'), app.hub.log);
  pack.start();
  app.addHook('onClose', async () => pack.stop());
  await app.register(voiceRoutes, { pack });
}

export default fp(voice, { name: 'voice', dependencies: ['hub', 'staff'] });

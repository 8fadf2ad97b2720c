import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { VoicePackStore } from './pack-store.ts';
import voiceRoutes from './routes.ts';
import sayRoutes from './say-routes.ts';
import { SpeechCache } from './speech.ts';

/**
 * Call-announcement voice packs (the default pack made on first start, and staff's replacement clips), and the
 * kiosk's speech mode: short texts said on demand, cached in memory.
 */
async function voice(app: FastifyInstance) {
  const pack = new VoicePackStore(path.join(app.hub.config.dataDir, 'voice'), app.hub.log);
  pack.start();
  app.addHook('onClose', async () => pack.stop());
  await app.register(voiceRoutes, { pack });
  await app.register(sayRoutes, { speech: new SpeechCache() });
}

export default fp(voice, { name: 'voice', dependencies: ['hub', 'staff'] });

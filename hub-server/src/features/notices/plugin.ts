import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { NoticesFile } from '../../contract/index.ts';
import { readContentFile } from '../../infra/content.ts';
import noticeRoutes from './routes.ts';
import { NoticeStore } from './store.ts';

/** What other capabilities may ask of notices (the publishing channels read them). */
export type Notices = Pick<NoticeStore, 'get' | 'recent'>;

declare module 'fastify' {
  interface FastifyInstance {
    notices: Notices;
  }
}

/**
 * Notices on the lobby screens. Publishing one is a `notice.published` domain event; the retained MQTT notice
 * is its subscriber, so with the broker away the notice is safe in SQLite and reaches the screens on reconnect.
 */
async function notices(app: FastifyInstance) {
  const { db, bus, config, events, log, now } = app.hub;
  const store = new NoticeStore(db);
  app.decorate('notices', store satisfies Notices);
  store.seedOnce(readContentFile(config.contentDir, 'notices.json', NoticesFile).notices, now());
  // Not awaited: with the broker away the publish waits for the reconnect.
  const publishCurrent = () =>
    void bus.publish('notice', {}, { notice: store.current() }).catch((err: Error) => log.warn({ err: err.message }, 'notice not published'));
  const off = events.on('notice.published', publishCurrent);
  app.addHook('onClose', async () => off());
  publishCurrent();
  await app.register(noticeRoutes, { store });
}

export default fp(notices, { name: 'notices', dependencies: ['hub', 'staff'] });

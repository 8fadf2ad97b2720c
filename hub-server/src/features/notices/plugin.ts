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
 * The hall's notices (通知公告): staff publish them, and the publishing channels (phone pages, feeds, the press
 * export) and SMS subscriptions take them up through `notice.published`. The lobby screens no longer show
 * "the newest notice": they play signage content with approval and expiry (features/signage).
 */
async function notices(app: FastifyInstance) {
  const { db, config, now } = app.hub;
  const store = new NoticeStore(db);
  app.decorate('notices', store satisfies Notices);
  store.seedOnce(readContentFile(config.contentDir, 'notices.json', NoticesFile).notices, now());
  await app.register(noticeRoutes, { store });
}

export default fp(notices, { name: 'notices', dependencies: ['hub', 'staff'] });

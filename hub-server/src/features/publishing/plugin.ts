import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { PublicOutput } from '../../contract/index.ts';
import { Catalogues } from './catalogues.ts';
import channelRoutes from './channel-routes.ts';
import { PublicOutputs } from './outputs.ts';
import pageRoutes from './page-routes.ts';
import pressRoutes from './press-routes.ts';
import { PublicSources } from './sources.ts';

/** What the other publishing capabilities (bulletins, showcases, the office API) use. */
export interface Publishing {
  /** The hall's data in its public shape: the only road from the hall's records to a channel. */
  sources: PublicSources;
  /** Every public output, listed: each channel adds its own. */
  outputs: PublicOutputs;
}

declare module 'fastify' {
  interface FastifyInstance {
    publishing: Publishing;
  }
}

const FEED_FORMATS = [['rss', 'application/rss+xml'], ['atom', 'application/atom+xml'], ['json', 'application/feed+json']] as const;

/**
 * Publishing channels (module 2): phone pages beside /jobs, RSS/Atom/JSON feeds, A4 posters with QR codes,
 * the 12333 plain text and the press export. Everything is server-rendered from public shapes (sources.ts),
 * so the kiosk's script budget is untouched and nothing personal can reach a channel.
 */
async function publishing(app: FastifyInstance) {
  const sources = new PublicSources(app, new Catalogues(app.hub.config.contentDir));
  const outputs = new PublicOutputs();
  outputs.add((): PublicOutput[] => {
    const html = 'text/html; charset=utf-8';
    const page = (path: string): PublicOutput => ({ path, channel: 'phone-page', audience: 'public', contentType: html });
    const notices = sources.notices();
    const fairs = sources.fairs();
    const today = sources.today();
    return [
      page('/notices'), ...notices.map((n) => page(`/notices/${n.id}`)),
      page('/fairs'), ...fairs.map((f) => page(`/fairs/${f.id}`)),
      page('/courses'), page('/policies'), ...sources.policies().map((p) => page(`/policies/${p.id}`)),
      page('/vacancies'),
      ...FEED_FORMATS.flatMap(([ext, type]) => ['jobs', 'notices'].map((k): PublicOutput => ({ path: `/feeds/${k}.${ext}`, channel: 'feed', audience: 'public', contentType: type }))),
      ...notices.map((n): PublicOutput => ({ path: `/posters/notices/${n.id}`, channel: 'poster', audience: 'public', contentType: html })),
      { path: '/posters/jobs', channel: 'poster', audience: 'public', contentType: html },
      { path: '/hotline/12333.txt', channel: 'hotline', audience: 'public', contentType: 'text/plain; charset=utf-8' },
      { path: `/api/publishing/press?from=${today.slice(0, 4)}-01-01&to=${today}`, channel: 'press', audience: 'staff', contentType: 'application/zip' },
    ];
  });
  app.decorate('publishing', { sources, outputs } satisfies Publishing);
  await app.register(pageRoutes, { sources });
  await app.register(channelRoutes, { sources });
  await app.register(pressRoutes, { sources, outputs });
}

export default fp(publishing, { name: 'publishing', dependencies: ['hub', 'staff', 'vocabulary', 'vacancies', 'notices', 'fairs'] });

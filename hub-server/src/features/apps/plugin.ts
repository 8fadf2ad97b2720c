import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { declareContextAccess } from '../../infra/access.ts';

/** The three apps, each built by vite into <app>/dist and served under its own path. */
export const APPS = [
  { prefix: '/kiosk/', dir: 'kiosk-ui', zh: '触摸屏自助服务', en: 'Touch kiosk', routed: true },
  { prefix: '/signage/', dir: 'signage-ui', zh: '大厅信息屏与叫号屏', en: 'Lobby signage and call screen', routed: false },
  { prefix: '/admin/', dir: 'admin-ui', zh: '工作人员管理台', en: 'Staff admin', routed: false },
] as const;

/** The apps are pages and scripts anyone's browser loads; what they show comes from the API, which guards itself. */
const PAGES = { access: { public: 'the apps’ pages and files (kiosk, signage, admin): their data comes from the API' } };
const LINKS = { access: { public: 'a short link printed on tickets and posters: a redirect to a public page' } };

async function appRoutes(app: FastifyInstance) {
  const { appsDir } = app.hub.config;
  // @fastify/static registers a route per file, with options that are not ours to write.
  declareContextAccess(app, PAGES.access);
  let first = true;
  for (const a of APPS) {
    const root = path.join(appsDir, a.dir, 'dist');
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      app.get(`${a.prefix}*`, { config: PAGES }, async (_req, reply) =>
        reply.status(503).type('text/plain; charset=utf-8').send(`${a.dir} is not built yet: run "npm run build"`),
      );
      app.log.warn({ app: a.dir }, 'app not built; run npm run build');
      continue;
    }
    // Hashed asset names change with every build, so assets may be cached for long; index.html must not be.
    await app.register(fastifyStatic, {
      root,
      prefix: a.prefix,
      decorateReply: first,
      setHeaders(res, file) {
        // A service worker is not content-named: like a page, it is asked for fresh every time.
        res.header('cache-control', file.endsWith('.html') || file.endsWith('sw.js') ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
      // The kiosk routes by address (/kiosk/services/3.1.1): its files are served by name, every other path
      // gets its page, which draws the screen the address names.
      ...(a.routed ? { wildcard: false } : {}),
    });
    if (a.routed) {
      app.get(a.prefix.slice(0, -1), { config: PAGES }, async (req, reply) => reply.redirect(`${a.prefix}${req.url.slice(a.prefix.length - 1)}`));
      app.get(`${a.prefix}*`, { config: PAGES }, async (req, reply) => {
        // A missing script or file stays a 404: a page in its place would only fail as a module.
        if (/\.(js|css|map|json|html|svg|png|ico|woff2?|txt)$/.test(req.url.split('?')[0]!)) return reply.callNotFound();
        return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
      });
    }
    first = false;
  }
  // The ticket's QR code: a short path keeps the code small enough to scan from thermal paper. The phone
  // status page itself is part of the kiosk build (status.html).
  app.get<{ Params: { token: string } }>('/s/:token', { config: LINKS }, async (req, reply) =>
    reply.redirect(`/kiosk/status.html?t=${encodeURIComponent(req.params.token)}`),
  );
  // Booking from a phone: a short address for posters and the signage QR code.
  app.get('/book', { config: LINKS }, async (_req, reply) => reply.redirect('/kiosk/book.html'));
  // The hall's vacancies on a phone; /jobs/<id> is the address in every job's QR code.
  app.get('/jobs', { config: LINKS }, async (_req, reply) => reply.redirect('/kiosk/jobs.html'));
  app.get<{ Params: { id: string } }>('/jobs/:id', { config: LINKS }, async (req, reply) =>
    reply.redirect(`/kiosk/jobs.html?id=${encodeURIComponent(req.params.id)}`),
  );

  app.get('/', { config: { access: { public: 'the hub’s front page: links to the three apps and the API docs' } } }, async (_req, reply) => {
    const links = APPS.map((a) => `<li><a href="${a.prefix}">${a.zh} · ${a.en}</a></li>`).join('');
    reply.type('text/html; charset=utf-8').send(
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>JobHall</title>` +
        `<body style="font:18px/1.6 system-ui,sans-serif;margin:2rem"><h1>JobHall · ${app.hub.catalogue.hall.name.zh}</h1>` +
        `<ul>${links}<li><a href="/api/docs">API 文档 · API docs</a></li></ul></body></html>`,
    );
  });
}

/** The built apps; encapsulated, so the static file servers stay inside this capability. */
export default fp(async (app: FastifyInstance) => {
  await app.register(appRoutes);
}, { name: 'apps', dependencies: ['hub'] });

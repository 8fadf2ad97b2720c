/**
 * The lobby screen's service worker. It keeps the player (the page and its scripts) and answers for it when
 * the hub is away, so a screen reloaded in an outage starts from what it had; manifests and media, which the
 * page downloads and checks into Cache Storage itself (screen/content-cache.ts), are served from there.
 * Nothing else is cached: live data comes over MQTT, and staff pages are not this worker's.
 */
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(r: Promise<Response>): void;
}
/** The worker's global scope, typed by hand: the project's DOM typings and the webworker ones exclude each other. */
const sw = globalThis as unknown as {
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
};

const SHELL = 'jobhall-signage-shell';
const CONTENT = 'jobhall-signage-content';
/** A navigation gets this long from the hub before the kept page is used (a stopped hub refuses at once). */
const NAV_TIMEOUT_MS = 2500;

/** The page and every asset it names, fetched at install so the first offline start already has them. */
async function keepShell(): Promise<void> {
  const cache = await caches.open(SHELL);
  const res = await fetch('/signage/', { cache: 'no-store' });
  if (!res.ok) return;
  const page = await res.clone().text();
  await cache.put('/signage/', res);
  const assets = [...new Set([...page.matchAll(/(?:src|href)="(\/signage\/assets\/[^"]+)"/g)].map((m) => m[1]!))];
  await cache.addAll(assets);
}

sw.addEventListener('install', (e) => {
  e.waitUntil(keepShell().catch(() => {}).then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(sw.clients.claim());
});

function timeout(ms: number): Promise<never> {
  return new Promise((_r, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

/** The hub first; on failure what was kept, whatever the query string (each screen has its own). */
async function networkFirst(req: Request, cacheName: string, key: string | Request = req, ms = NAV_TIMEOUT_MS): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const res = await Promise.race([fetch(req), timeout(ms)]);
    if (res.ok) await cache.put(key, res.clone());
    return res;
  } catch {
    const kept = await cache.match(key, { ignoreSearch: true });
    if (kept) return kept;
    return new Response('offline', { status: 503, headers: { 'content-type': 'text/plain' } });
  }
}

/** Content-named files: kept for ever, and a range request (a video) cut from the kept copy. */
async function cacheFirst(req: Request, cacheName: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const kept = await cache.match(req.url);
  if (!kept) {
    const res = await fetch(req);
    if (res.ok && res.status === 200 && cacheName === SHELL) await cache.put(req.url, res.clone());
    return res;
  }
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.get('range') ?? '');
  if (!range) return kept;
  const body = await kept.blob();
  const start = Number(range[1]);
  const end = range[2] ? Math.min(Number(range[2]), body.size - 1) : body.size - 1;
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: { 'content-type': kept.headers.get('content-type') ?? '', 'content-range': `bytes ${start}-${end}/${body.size}`, 'content-length': String(end - start + 1), 'accept-ranges': 'bytes' },
  });
}

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== location.origin) return;
  const p = url.pathname;
  if (req.mode === 'navigate' && p.startsWith('/signage/')) e.respondWith(networkFirst(req, SHELL, '/signage/'));
  else if (p.startsWith('/signage/assets/')) e.respondWith(cacheFirst(req, SHELL));
  else if (p.startsWith('/api/signage/manifests/') || p.startsWith('/api/signage/media/')) e.respondWith(cacheFirst(req, CONTENT));
  // The voice pack, so a screen started in an outage still speaks the calls it hears.
  else if (p.startsWith('/api/voice/')) e.respondWith(networkFirst(req, SHELL, req, 10_000));
});

import type { Lang } from '@jobhall/ui-kit';

/** Where the kiosk app lives on the hub; every route is a path under it. */
export const KIOSK_BASE = '/kiosk/';

/**
 * Query parameters that describe the machine, not the visitor: which kiosk this is (?kiosk=), its card-reader
 * key (?key=), and the idle timings (?idle=, ?warn=). The kiosk shell opens the page with them, so every address
 * the kiosk moves to carries them on.
 */
export const MACHINE_PARAMS = ['kiosk', 'key', 'idle', 'warn'] as const;

/** The language a page opens in (?lang=en); afterwards the visitor's choice is carried in the address. */
export const LANG_PARAM = 'lang';

/** A route's path pattern matched against a path: the named segments (":serviceId"), or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = split(pattern);
  const got = split(path);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = g;
    else if (w !== g) return null;
  }
  return params;
}

function split(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The route path of an address: "/kiosk/services/3.1.1/" → "services/3.1.1", decoded segment by segment. */
export function routePath(pathname: string): string {
  const rest = pathname.startsWith(KIOSK_BASE) ? pathname.slice(KIOSK_BASE.length) : pathname.replace(/^\/kiosk\/?/, '');
  return split(rest).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  }).join('/');
}

/**
 * The address of a route: its path and query under /kiosk/, followed by the machine's parameters taken from
 * the address the page has now, and lang=en while the visitor reads English.
 */
export function kioskHref(to: string, current: URLSearchParams, lang: Lang): string {
  const cut = to.indexOf('?');
  const path = cut < 0 ? to : to.slice(0, cut);
  const query = cut < 0 ? '' : to.slice(cut + 1);
  const params = new URLSearchParams(query);
  for (const name of MACHINE_PARAMS) {
    const value = current.get(name);
    if (value !== null && !params.has(name)) params.set(name, value);
  }
  params.delete(LANG_PARAM);
  if (lang === 'en') params.set(LANG_PARAM, 'en');
  const search = params.toString();
  const encoded = split(path).map(encodeURIComponent).join('/');
  return `${KIOSK_BASE}${encoded}${search ? `?${search}` : ''}`;
}

/** A route's own query: the address's parameters less the machine's and the language. */
export function routeQuery(search: string): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const name of [...MACHINE_PARAMS, LANG_PARAM]) params.delete(name);
  return params;
}

/** A path and query as a navigation target ("jobs?lodging=1"), leaving out an empty query. */
export function target(path: string, query?: URLSearchParams | Record<string, string>): string {
  const q = new URLSearchParams(query ?? {}).toString();
  return q ? `${path}?${q}` : path;
}

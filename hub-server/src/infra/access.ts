import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Permission } from '../contract/index.ts';

export type VisitorKind = 'seeker' | 'employer';

/**
 * Who may call a route, declared on the route itself (`config: { access }`) so the whole API can be read, and
 * tested, from the route table:
 * - `public`: anyone; the string says why (a kiosk page, a phone status page, a device's own key checked inside).
 * - `staff`: a staff session holding that permission (and, for writes, the CSRF token); `signed-in` is any staff
 *   member's own session (who am I, log out).
 * - `visitor`: a visitor signed in at a kiosk (seeker or employer token, or either when both are named), or,
 *   without a visitor token, staff holding `staff`'s permission; with no `staff`, visitors only.
 * The hub refuses to start with a route that declares nothing (installRouteAccess below).
 */
export type Access =
  | { public: string }
  | { staff: Permission | 'signed-in' }
  | { visitor: VisitorKind | readonly VisitorKind[]; staff?: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every route's declared access, as registered (HEAD routes included): what the route-table test walks. */
    routeAccess: RouteAccessTable;
  }
}

/** One row of the route table: a method and URL, what they declare, and whether a guard took charge of them. */
export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
  guarded: boolean;
}

/** A route registered with no `access` (and none inherited from its context): the hub does not start. */
export class UndeclaredAccess extends Error {}

const CONTEXT_ACCESS = Symbol('jobhall.contextAccess');

/**
 * Access for every route a third-party plugin registers inside this (encapsulated) context, where the route
 * options are not ours to write: the apps' static files, the API documentation. Routes declaring their own win.
 */
export function declareContextAccess(app: FastifyInstance, access: { public: string }): void {
  (app as unknown as Record<symbol, Access>)[CONTEXT_ACCESS] = access;
}

function contextAccess(app: FastifyInstance): Access | undefined {
  // Encapsulated contexts inherit their parent's properties through the prototype chain.
  return (app as unknown as Record<symbol, Access | undefined>)[CONTEXT_ACCESS];
}

const methodsOf = (route: Pick<RouteOptions, 'method'>) => (Array.isArray(route.method) ? route.method : [route.method]) as string[];

export class RouteAccessTable {
  readonly rows: RouteAccess[] = [];

  add(route: Pick<RouteOptions, 'method' | 'url'>, access: Access): void {
    for (const method of methodsOf(route)) this.rows.push({ method, url: route.url, access, guarded: 'public' in access });
  }

  /** A guard (staff or visitor) says it stands in front of this route. */
  guard(route: Pick<RouteOptions, 'method' | 'url'>): void {
    const methods = new Set(methodsOf(route));
    for (const row of this.rows) if (row.url === route.url && methods.has(row.method)) row.guarded = true;
  }

  unguarded(): RouteAccess[] {
    return this.rows.filter((r) => !r.guarded);
  }
}

/**
 * Installed first on the root instance, before any plugin, so it sees every route the hub will ever have:
 * a route with no declared access stops start-up, and every declaration lands in `app.routeAccess`. The guards
 * themselves belong to the capabilities that know sessions (staff, visitors); once the hub is ready, a route
 * that declares staff or visitor access but that no guard took in charge also stops start-up.
 */
export function installRouteAccess(app: FastifyInstance): void {
  const table = new RouteAccessTable();
  app.decorate('routeAccess', table);
  app.addHook('onRoute', function declared(this: FastifyInstance, route) {
    const access = route.config?.access ?? contextAccess(this);
    if (!access) {
      throw new UndeclaredAccess(
        `route ${methodsOf(route).join(',')} ${route.url} declares no access: add config: { access: { public: 'why' } | { staff: '<permission>' } | { visitor: … } }`,
      );
    }
    route.config = { ...route.config, access };
    table.add(route, access);
  });
  app.addHook('onReady', async () => {
    const open = table.unguarded();
    if (open.length) throw new UndeclaredAccess(`no guard stands in front of ${open.map((r) => `${r.method} ${r.url}`).join(', ')}`);
  });
}

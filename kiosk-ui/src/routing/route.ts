import type { TemplateResult, nothing } from 'lit';
import type { FlowSummary, HallView, Module, ServiceView } from '@jobhall/hub-server/contract';
import type { Lang } from '@jobhall/ui-kit';
import type { CardRead } from '../events.ts';
import type { Visitor } from '../jobs/visitor.ts';
import { matchPath } from './paths.ts';

/** What the kiosk app holds for the visitor at this machine, handed to every screen it renders. */
export interface KioskSession {
  locale: Lang;
  visitor: Visitor | null;
  /** This kiosk ('' until the hall is known). */
  kioskId: string;
  /** The card-reader key the kiosk shell opened the page with ('' for none). */
  kioskKey: string;
  hall: HallView;
  services: ServiceView[];
  modules: Module[];
  /** Every flow of content/flows, as service pages list them. */
  flows: FlowSummary[];
  /** A card just read that nobody has registered: registration starts from it. */
  cardRead: CardRead | null;
}

/** A route matched against the address, with everything its screen is drawn from. */
export interface RouteContext {
  params: Record<string, string>;
  /** The route's own query (filters and the like); the machine's parameters are left out. */
  query: URLSearchParams;
  session: KioskSession;
  /** Set when the screen was reached as a service's flow (/kiosk/services/<id>/<flow>). */
  flow?: FlowSummary;
}

/**
 * One entry of the kiosk's route table. A route names its path, loads its screen's code when it is first
 * opened, and draws the screen from the context; the app does the rest (history, sign-in, banners).
 */
export interface Route {
  id: string;
  /** Under /kiosk/, with named segments: "services/:serviceId/book". */
  path: string;
  /** The screen's module, fetched the first time the route opens (vite splits it into its own chunk). */
  load?: () => Promise<unknown>;
  render(ctx: RouteContext): TemplateResult | typeof nothing;
  /** Who must be signed in first: the sign-in screen is shown in its place until then. */
  needs?: 'seeker';
  /** Where a screen's "sign in first" leads: a seeker's sign-in (the default) or the employer's. */
  signIn?: 'employer';
  /** Where a sign-in made on this screen leads on, replacing it in the history. */
  afterSignIn?: (query: URLSearchParams) => string;
  /**
   * A route that stands for a content flow: the flow it names, with the route of the screen to open when the
   * flow is a screen (else this route draws it); null when the address names no flow.
   */
  forward?: (params: Record<string, string>, flows: readonly FlowSummary[]) => { flow: FlowSummary; open?: string } | null;
}

export interface Resolved {
  route: Route;
  params: Record<string, string>;
  query: URLSearchParams;
  flow?: FlowSummary;
}

/** The first route of the table whose path matches, following a flow to the screen it opens. */
export function resolve(routes: readonly Route[], path: string, query: URLSearchParams, flows: readonly FlowSummary[] = []): Resolved | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (!route.forward) return { route, params, query };
    const to = route.forward(params, flows);
    if (!to) return null;
    if (to.open === undefined) return { route, params, query, flow: to.flow };
    const inner = resolve(routes.filter((r) => !r.forward), to.open, query);
    return inner && { ...inner, params: { ...inner.params, ...params }, flow: to.flow };
  }
  return null;
}

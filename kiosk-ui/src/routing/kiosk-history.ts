import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '@jobhall/ui-kit';
import type { NavigateDetail } from '../events.ts';
import { kioskHref, routePath, routeQuery } from './paths.ts';

/** What the kiosk writes into each history entry: whose visit it belongs to and how far from its start. */
interface EntryState {
  visit: string;
  depth: number;
}

const newVisit = () => Math.random().toString(36).slice(2, 12);

/**
 * The kiosk's addresses on the History API. Each entry is stamped with the visit it belongs to and its depth
 * in that visit: 返回 is offered while the depth is above 0, and an entry of an earlier visit (a browser back
 * after an idle reset, or after a reload) is never shown again — it is replaced by the first screen.
 */
export class KioskHistory implements ReactiveController {
  private visit = newVisit();
  /** How many steps the visitor can go back within this visit. */
  depth = 0;
  /** The route path ("services/3.1.1") and the route's own query of the current address. */
  path = '';
  query = new URLSearchParams();
  private readonly popped = () => this.onPop();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lang: () => Lang,
    /** Called after every change of address, so the host can resolve and load the route. */
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.popped);
    // The page may open at any kiosk address (a link, the kiosk shell, a reload): it is the first step of a visit.
    this.stamp(0, 'replace', `${routePath(location.pathname)}${location.search}`);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popped);
  }

  go(d: NavigateDetail): void {
    const depth = d.fresh ? 0 : d.replace ? this.depth : this.depth + 1;
    this.stamp(depth, d.replace ? 'replace' : 'push', d.to);
  }

  back(): void {
    if (this.depth > 0) history.back();
    else this.go({ to: '', fresh: true });
  }

  /** The idle reset: a new visit at the first screen; every entry of the last one is dead from now on. */
  restart(): void {
    this.visit = newVisit();
    this.go({ to: '', fresh: true });
  }

  /** Rewrites the current address in place: a screen's own query changed, or the language did. */
  rewrite(query = this.query): void {
    this.stamp(this.depth, 'replace', `${this.path}?${query.toString()}`, false);
  }

  private stamp(depth: number, how: 'push' | 'replace', to: string, notify = true): void {
    const href = kioskHref(to, new URLSearchParams(location.search), this.lang());
    const state: EntryState = { visit: this.visit, depth };
    if (how === 'push') history.pushState(state, '', href);
    else history.replaceState(state, '', href);
    this.read(depth);
    if (notify) this.changed();
    else this.host.requestUpdate();
  }

  private onPop(): void {
    const state = history.state as EntryState | null;
    if (!state || state.visit !== this.visit) {
      this.stamp(0, 'replace', '');
      return;
    }
    this.read(state.depth);
    // The language is the visitor's, not the entry's: keep the address saying what the screen shows.
    this.stamp(state.depth, 'replace', `${this.path}?${this.query.toString()}`, false);
    this.changed();
  }

  private read(depth: number): void {
    this.depth = depth;
    this.path = routePath(location.pathname);
    this.query = routeQuery(location.search);
  }
}

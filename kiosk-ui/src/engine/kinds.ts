import type { TemplateResult } from 'lit';
import type { FlowDefinition, FlowKindName, FlowSummary } from '@jobhall/hub-server/contract';
import type { KioskSession } from '../routing/route.ts';

/** What a kind's element is drawn from: its definition, the service it was opened for, the visitor's session. */
export interface FlowContext<D extends FlowDefinition = FlowDefinition> {
  definition: D;
  serviceId: string;
  session: KioskSession;
}

/** A kind's module, fetched the first time a flow of that kind opens: it defines the element and draws it. */
export interface KindModule {
  render(ctx: FlowContext): TemplateResult;
}

/**
 * The kiosk's renderer of each flow kind, loaded lazily (each its own chunk). A screen flow needs none: it
 * opens a route of routes.ts. A kind without an entry here is not offered at the kiosk yet.
 */
export const KINDS: Partial<Record<Exclude<FlowKindName, 'screen'>, () => Promise<KindModule>>> = {
  'blank-forms': () => import('./blank-forms/kind.ts'),
  booking: () => import('./booking/kind.ts'),
  case: () => import('./case/kind.ts'),
  catalogue: () => import('./catalogue/kind.ts'),
  form: () => import('./form/kind.ts'),
  status: () => import('./status/kind.ts'),
  calculator: () => import('./calculator/kind.ts'),
  assessment: () => import('./assessment/kind.ts'),
  cv: () => import('./cv/kind.ts'),
  wayfinding: () => import('./wayfinding/kind.ts'),
};

/** Whether the kiosk can show a flow: a screen, or a kind it has a renderer for. */
export function canShow(flow: Pick<FlowSummary, 'kind' | 'screen'>): boolean {
  return flow.kind === 'screen' ? !!flow.screen : !!KINDS[flow.kind];
}

/** The flows a service page offers, in the order of the function's declared flows. */
export function flowsOf(flows: readonly FlowSummary[], service: { id: string; flows: readonly string[] }): FlowSummary[] {
  const rank = (f: FlowSummary) => Math.min(...f.serves.map((s) => service.flows.indexOf(s)).filter((i) => i >= 0), service.flows.length);
  return flows.filter((f) => f.functions.includes(service.id) && canShow(f)).sort((a, b) => rank(a) - rank(b));
}

/** The flow an address /kiosk/services/<service>/<flow> names, if that service offers it here. */
export function flowAt(flows: readonly FlowSummary[], serviceId: string, flowId: string): FlowSummary | null {
  return flows.find((f) => f.id === flowId && f.functions.includes(serviceId) && canShow(f)) ?? null;
}

import { servesOf, type FlowDefinition, type FlowKind, type ServiceFunction } from '../../contract/index.ts';

/**
 * The declared flows that are not kiosk screens, and what covers them instead. The coverage check lists them
 * and does not look for a definition.
 */
export const NOT_AT_KIOSK: Readonly<Record<Extract<FlowKind, 'signage' | 'feed' | 'device' | 'admin'>, string>> = {
  signage: 'lobby screens and LED boards (signage-ui)',
  feed: 'the publishing channels of module 2: public pages, feeds, posters, the hotline text, SMS',
  device: 'the device agents (device-agents/): printer, card reader, call screen, SMS gateway',
  admin: 'a staff panel in admin-ui',
};

/** A declared flow of a function with nothing at the kiosk to fulfil it. */
export interface Gap {
  service: string;
  flow: FlowKind;
}

/**
 * Every function's declared flows (content/services.json) against what exists: a flow definition serving it,
 * the function's guide for `info`, its queue line for `ticket`. Non-kiosk flows are covered elsewhere.
 */
export function coverageGaps(services: readonly ServiceFunction[], flows: readonly FlowDefinition[], guides: ReadonlySet<string>): Gap[] {
  const gaps: Gap[] = [];
  for (const s of services) {
    for (const flow of s.flows) {
      if (flow in NOT_AT_KIOSK) continue;
      if (flow === 'info' && guides.has(s.id)) continue;
      if (flow === 'ticket' && s.queue) continue;
      if (flows.some((d) => d.functions.includes(s.id) && servesOf(d).includes(flow))) continue;
      gaps.push({ service: s.id, flow });
    }
  }
  return gaps;
}

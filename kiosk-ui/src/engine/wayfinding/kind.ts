import { html } from 'lit';
import type { WayfindingFlow } from '@jobhall/hub-server/contract';
import type { FlowContext } from '../kinds.ts';
import './kiosk-wayfinding.ts';

/** The wayfinding kind: the floor plan, lit for the service the page was opened from. */
export function render(ctx: FlowContext) {
  return html`<kiosk-wayfinding .definition=${ctx.definition as WayfindingFlow} .serviceId=${ctx.serviceId} .locale=${ctx.session.locale}
    .kioskId=${ctx.session.kioskId} .queues=${ctx.session.hall.queues}></kiosk-wayfinding>`;
}

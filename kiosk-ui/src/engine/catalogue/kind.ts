import { html } from 'lit';
import type { CatalogueFlow } from '@jobhall/hub-server/contract';
import type { FlowContext } from '../kinds.ts';
import './kiosk-catalogue.ts';

/** The catalogue kind: entries under filters; for policies, the finder first. */
export function render(ctx: FlowContext) {
  return html`<kiosk-catalogue .definition=${ctx.definition as CatalogueFlow} .serviceId=${ctx.serviceId} .session=${ctx.session}></kiosk-catalogue>`;
}

import { html } from 'lit';
import type { FlowContext } from '../kinds.ts';
import './kiosk-calculator.ts';

/** The calculator kind: any calculator definition, drawn by <kiosk-calculator>. */
export function render({ definition, serviceId, session }: FlowContext) {
  return definition.kind === 'calculator'
    ? html`<kiosk-calculator .definition=${definition} .serviceId=${serviceId} .session=${session}></kiosk-calculator>`
    : html``;
}

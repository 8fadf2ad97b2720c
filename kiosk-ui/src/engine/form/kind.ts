import { html } from 'lit';
import type { FlowContext } from '../kinds.ts';
import './kiosk-form.ts';

/** The form kind: any form definition, drawn by <kiosk-form>. */
export function render({ definition, serviceId, session }: FlowContext) {
  return definition.kind === 'form'
    ? html`<kiosk-form .definition=${definition} .serviceId=${serviceId} .session=${session}></kiosk-form>`
    : html``;
}

import { html } from 'lit';
import type { BlankFormsFlow } from '@jobhall/hub-server/contract';
import type { FlowContext } from '../kinds.ts';
import './kiosk-blank-forms.ts';

/** The blank-forms kind: forms by name, a pick-up slip for the front desk. */
export function render(ctx: FlowContext) {
  return html`<kiosk-blank-forms .definition=${ctx.definition as BlankFormsFlow} .locale=${ctx.session.locale} .kioskId=${ctx.session.kioskId}></kiosk-blank-forms>`;
}

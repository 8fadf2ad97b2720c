import { html } from 'lit';
import type { BookingFlow } from '@jobhall/hub-server/contract';
import type { FlowContext } from '../kinds.ts';
import './kiosk-session-booking.ts';

/** The booking kind: slots, details, the code and the slip; cancelling with the code. */
export function render(ctx: FlowContext) {
  return html`<kiosk-session-booking .definition=${ctx.definition as BookingFlow} .serviceId=${ctx.serviceId} .session=${ctx.session}></kiosk-session-booking>`;
}

import { html } from 'lit';
import type { CaseFlow } from '@jobhall/hub-server/contract';
import type { FlowContext } from '../kinds.ts';
import './kiosk-case-record.ts';

/** The case kind: where one's record stands, what is next and what has been. */
export function render(ctx: FlowContext) {
  return html`<kiosk-case-record .definition=${ctx.definition as CaseFlow} .session=${ctx.session}></kiosk-case-record>`;
}

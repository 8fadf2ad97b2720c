import { html } from 'lit';
import type { FlowContext } from '../kinds.ts';
import './kiosk-status-lookup.ts';

/** The status kind: 查进度 by reference and check code, or a signed-in seeker's own. */
export function render({ definition, session }: FlowContext) {
  return definition.kind === 'status' ? html`<kiosk-status-lookup .definition=${definition} .session=${session}></kiosk-status-lookup>` : html``;
}

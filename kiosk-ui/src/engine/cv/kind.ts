import { html } from 'lit';
import type { FlowContext } from '../kinds.ts';
import './kiosk-cv.ts';

/** The cv kind: any cv definition, drawn by <kiosk-cv>. */
export function render({ definition, session }: FlowContext) {
  return definition.kind === 'cv'
    ? html`<kiosk-cv .definition=${definition} .session=${session}></kiosk-cv>`
    : html``;
}

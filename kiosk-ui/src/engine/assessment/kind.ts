import { html } from 'lit';
import type { FlowContext } from '../kinds.ts';
import './kiosk-assessment.ts';

/** The assessment kind: any assessment definition, drawn by <kiosk-assessment>. */
export function render({ definition, session }: FlowContext) {
  return definition.kind === 'assessment'
    ? html`<kiosk-assessment .definition=${definition} .session=${session}></kiosk-assessment>`
    : html``;
}

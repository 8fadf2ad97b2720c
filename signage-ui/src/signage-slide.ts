import { html, type TemplateResult } from 'lit';
import type { LiveData } from './live.ts';
import type { Cue } from './player/sequence.ts';
import './slides/signage-slide-notice.ts';
import './slides/signage-slide-image.ts';
import './slides/signage-slide-video.ts';
import './slides/signage-slide-jobs.ts';
import './slides/signage-slide-policy.ts';
import './slides/signage-slide-fairs.ts';
import './slides/signage-slide-showcase.ts';
import './slides/signage-slide-startup.ts';
import './slides/signage-slide-queue.ts';
import './slides/signage-slide-web.ts';
import './slides/signage-slide-text.ts';

/** The element for a cue, by its slide's type: every type of the contract's union has one. */
export function slideTemplate(cue: Cue, live: LiveData, active: boolean): TemplateResult {
  const s = cue.slide;
  const common = { key: cue.key, durationMs: cue.durationMs };
  switch (s.type) {
    case 'notice':
      return html`<signage-slide-notice .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-notice>`;
    case 'image':
      return html`<signage-slide-image .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-image>`;
    case 'video':
      return html`<signage-slide-video .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-video>`;
    case 'jobs':
      return html`<signage-slide-jobs .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-jobs>`;
    case 'policy':
      return html`<signage-slide-policy .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-policy>`;
    case 'fairs':
      return html`<signage-slide-fairs .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-fairs>`;
    case 'occupation':
    case 'guidance':
      return html`<signage-slide-showcase .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-showcase>`;
    case 'startup':
      return html`<signage-slide-startup .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-startup>`;
    case 'queue':
      return html`<signage-slide-queue .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-queue>`;
    case 'web':
      return html`<signage-slide-web .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-web>`;
    case 'ticker':
      return html`<signage-slide-text .slide=${s} .key=${common.key} .durationMs=${common.durationMs} .live=${live} ?active=${active}></signage-slide-text>`;
  }
}

import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { FlowDefinition } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, t, tokens } from '@jobhall/ui-kit';
import { m } from '../messages.ts';
import { aborted } from '../problem.ts';
import type { KioskSession } from '../routing/route.ts';
import { KINDS, type KindModule } from './kinds.ts';

/** Waits before the next try of a failed load, in ms. */
const RETRIES = [500, 1500, 4000];

/**
 * One content flow at /kiosk/services/<service>/<flow>: fetches the definition, loads its kind's element
 * (engine/kinds.ts) and hands it the definition. The kind's element does the rest.
 */
@customElement('kiosk-flow')
export class KioskFlow extends LitElement {
  @property() flowId = '';
  @property() serviceId = '';
  @property({ attribute: false }) session!: KioskSession;
  @state() private loaded: { definition: FlowDefinition; kind: KindModule } | null = null;
  @state() private failed = false;
  private abort: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    .center { padding: 48px; font-size: 30px; text-align: center; }
    .center button { margin-top: 32px; min-width: 240px; }
  `];

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('flowId')) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async load() {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loaded = null;
    this.failed = false;
    // A network blip, a busy hub (429, 503) or a chunk that did not arrive is tried again a few times before
    // the visitor is told; a definition the hub refuses (404) is not.
    for (let attempt = 0; ; attempt++) {
      try {
        const definition = await api(`/api/flows/${encodeURIComponent(this.flowId)}`, FlowDefinition, { signal: abort.signal });
        const load = definition.kind === 'screen' ? undefined : KINDS[definition.kind];
        if (!load) throw new Error(`no renderer for ${definition.kind}`);
        const kind = await load();
        if (!abort.signal.aborted) this.loaded = { definition, kind };
        return;
      } catch (err) {
        if (aborted(err) || abort.signal.aborted) return;
        const final = err instanceof ApiProblem && err.status < 500 && err.status !== 429;
        if (final || attempt >= RETRIES.length) {
          this.failed = true;
          return;
        }
        await new Promise((r) => setTimeout(r, RETRIES[attempt]));
      }
    }
  }

  override render() {
    const L = this.session.locale;
    if (this.failed) {
      return html`<div class="center" role="alert">${t(m.error, L)}<br><button class="btn" id="flow-retry" @click=${() => void this.load()}>${t(m.retry, L)}</button></div>`;
    }
    if (!this.loaded) return html`<div class="center">${t(m.loading, L)}</div>`;
    return this.loaded ? this.loaded.kind.render({ definition: this.loaded.definition, serviceId: this.serviceId, session: this.session }) : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-flow': KioskFlow;
  }
}

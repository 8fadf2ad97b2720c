import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { FlowDefinition } from '@jobhall/hub-server/contract';
import { api, t, tokens } from '@jobhall/ui-kit';
import { m } from '../messages.ts';
import { aborted } from '../problem.ts';
import type { KioskSession } from '../routing/route.ts';
import { KINDS, type KindModule } from './kinds.ts';

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

  static override styles = [tokens, css`
    :host { display: block; }
    .center { padding: 48px; font-size: 30px; text-align: center; }
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
    try {
      const definition = await api(`/api/flows/${encodeURIComponent(this.flowId)}`, FlowDefinition, { signal: abort.signal });
      const load = definition.kind === 'screen' ? undefined : KINDS[definition.kind];
      if (!load) throw new Error(`no renderer for ${definition.kind}`);
      const kind = await load();
      if (!abort.signal.aborted) this.loaded = { definition, kind };
    } catch (err) {
      if (!aborted(err)) this.failed = true;
    }
  }

  override render() {
    const L = this.session.locale;
    if (this.failed) return html`<div class="center" role="alert">${t(m.error, L)}</div>`;
    if (!this.loaded) return html`<div class="center">${t(m.loading, L)}</div>`;
    return this.loaded ? this.loaded.kind.render({ definition: this.loaded.definition, serviceId: this.serviceId, session: this.session }) : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-flow': KioskFlow;
  }
}

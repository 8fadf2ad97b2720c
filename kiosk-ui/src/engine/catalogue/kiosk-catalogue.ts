import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CatalogueResult, type CatalogueEntry, type CatalogueFlow } from '@jobhall/hub-server/contract';
import { api, buttons, fill, t, tokens } from '@jobhall/ui-kit';
import { flowAt } from '../kinds.ts';
import { m } from '../../messages.ts';
import { aborted, problemOf } from '../../problem.ts';
import type { KioskSession } from '../../routing/route.ts';
import '../../kiosk-keyboard.ts';
import './kiosk-catalogue-entry.ts';
import { km } from './messages.ts';

/**
 * A catalogue at the kiosk: its entries under filter chips, each openable, signed up for or printed; with a
 * finder, the questions come first and "browse all" is a tap away. With search, words typed on the kiosk's
 * keyboard narrow the list to entries whose title, summary or keywords contain them.
 */
@customElement('kiosk-catalogue')
export class KioskCatalogue extends LitElement {
  @property({ attribute: false }) definition!: CatalogueFlow;
  @property() serviceId = '';
  @property({ attribute: false }) session!: KioskSession;
  @state() private entries: CatalogueEntry[] | null = null;
  @state() private chosen: Record<string, string> = {};
  @state() private finding = true;
  @state() private problem = '';
  @state() private query = '';
  @state() private typing = false;
  private abort: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 24px; }
    h2 { font-size: 36px; margin: 0 0 6px; }
    .intro { color: var(--jh-ink-soft); margin: 0 0 12px; }
    .modes, .chips { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; }
    .modes .btn { min-height: 80px; font-size: 26px; }
    .modes .btn[aria-pressed='true'], .chips .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    .filter { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin-bottom: 10px; }
    .filter > span { min-width: 5em; color: var(--jh-ink-soft); }
    .chips { margin: 0; } .chips .btn { min-height: 64px; font-size: 22px; }
    .list { display: grid; gap: 12px; }
    @media (min-aspect-ratio: 4/3) { .list { grid-template-columns: 1fr 1fr; } }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    .search { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
    .search .btn { min-height: 72px; font-size: 24px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.finding = !!this.definition.finder;
    void this.load();
    if (this.definition.finder) void import('./kiosk-policy-finder.ts');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async load() {
    const abort = (this.abort = new AbortController());
    try {
      const q = new URLSearchParams(this.definition.preset);
      this.entries = (await api(`/api/catalogues/${this.definition.source}?${q}`, CatalogueResult, { signal: abort.signal })).entries;
    } catch (err) {
      if (!aborted(err)) this.problem = t(problemOf(err), this.session.locale);
    }
  }

  private get signUpTo(): string {
    const id = this.definition.signUp;
    return id && flowAt(this.session.flows, this.serviceId, id) ? `services/${this.serviceId}/${id}` : '';
  }

  /** Whether an entry's words contain the query: Chinese as typed, English whatever its case. */
  private found(e: CatalogueEntry): boolean {
    const q = this.query.trim().toLowerCase();
    if (!q) return true;
    return [e.title.zh, e.title.en, e.summary.zh, e.summary.en, ...e.keywords].some((w) => w.toLowerCase().includes(q));
  }

  private searchRow() {
    const L = this.session.locale;
    return html`<div class="search">
      <button class="btn secondary" id="catalogue-search" @click=${() => (this.typing = true)}>🔍 ${this.query ? fill(t(km.searching, L), { q: this.query }) : t(km.search, L)}</button>
      ${this.query ? html`<button class="btn secondary" id="catalogue-search-clear" @click=${() => (this.query = '')}>${t(km.clearSearch, L)}</button>` : nothing}</div>
      ${this.typing ? html`<kiosk-keyboard .locale=${L} .heading=${km.searchHeading} .value=${this.query} .maxLength=${20}
        @keyboard-cancel=${() => (this.typing = false)} @text-entered=${(ev: CustomEvent<string>) => ((this.query = ev.detail), (this.typing = false))}></kiosk-keyboard>` : nothing}`;
  }

  private browse(entries: CatalogueEntry[]) {
    const L = this.session.locale;
    const d = this.definition;
    const shown = entries.filter((e) => Object.entries(this.chosen).every(([k, v]) => e.facets[k]?.includes(v)) && this.found(e));
    return html`${d.search ? this.searchRow() : nothing}${d.filters.map((f) => html`<div class="filter"><span>${t(f.label, L)}</span><div class="chips" role="group" aria-label=${t(f.label, L)}>
        <button class="btn secondary" data-filter=${`${f.facet}:`} aria-pressed=${this.chosen[f.facet] ? 'false' : 'true'}
          @click=${() => (this.chosen = Object.fromEntries(Object.entries(this.chosen).filter(([k]) => k !== f.facet)))}>${t(km.all, L)}</button>
        ${f.options.map((o) => html`<button class="btn secondary" data-filter=${`${f.facet}:${o.value}`} aria-pressed=${this.chosen[f.facet] === o.value ? 'true' : 'false'}
          @click=${() => (this.chosen = { ...this.chosen, [f.facet]: o.value })}>${t(o.label, L)}</button>`)}</div></div>`)}
      <p>${fill(t(km.count, L), { n: shown.length })}</p>
      <div class="list">${shown.length ? repeat(shown, (e) => e.id, (e) => html`<kiosk-catalogue-entry .entry=${e} .locale=${L} .kioskId=${this.session.kioskId}
        .signUpTo=${this.signUpTo} ?printable=${d.print}></kiosk-catalogue-entry>`) : html`<p>${t(km.none, L)}</p>`}</div>`;
  }

  override render() {
    const L = this.session.locale;
    const d = this.definition;
    return html`
      <h2>${t(d.title, L)}</h2>
      ${d.intro ? html`<p class="intro">${t(d.intro, L)}</p>` : nothing}
      ${d.finder ? html`<div class="modes" role="group">
        <button class="btn secondary" id="mode-finder" aria-pressed=${this.finding ? 'true' : 'false'} @click=${() => (this.finding = true)}>${t(km.finder, L)}</button>
        <button class="btn secondary" id="mode-browse" aria-pressed=${this.finding ? 'false' : 'true'} @click=${() => (this.finding = false)}>${t(km.browse, L)}</button></div>` : nothing}
      ${this.problem ? html`<p class="err" role="alert">${this.problem}</p>` : nothing}
      ${!this.entries ? (this.problem ? nothing : html`<p>${t(m.loading, L)}</p>`)
        : this.finding && d.finder
          ? html`<kiosk-policy-finder .finder=${d.finder} .entries=${this.entries} .locale=${L} .kioskId=${this.session.kioskId} ?printable=${d.print}></kiosk-policy-finder>`
          : this.browse(this.entries)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-catalogue': KioskCatalogue;
  }
}

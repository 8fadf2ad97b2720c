import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { JobSearchResult } from '@jobhall/hub-server/contract';
import { ApiProblem, buttons, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import { z } from 'zod';
import { Employer } from '@jobhall/hub-server/contract';
import { api } from '@jobhall/ui-kit';
import { filtersFromQuery, filtersToQuery, noFilters, searchJobs, type JobFilters, type JobPreset } from './jobs-data.ts';
import { loadVocabulary, type Vocabulary } from '@jobhall/ui-kit';
import { jm } from './messages.ts';
import { emit } from '../events.ts';
import '../kiosk-keyboard.ts';
import './kiosk-job-card.ts';

/** The work people ask for most at a hall's door, by their everyday names; a tap searches by occupation. */
const POPULAR = ['6-25-04-01', '4-07-05-01', '4-09-07-01', '4-02-02-02', '4-03-02-01', '4-03-02-05', '6-31-01-03', '6-18-02-04',
  '4-02-06-01', '4-02-07-02', '4-02-07-10', '4-10-01-05', '4-10-01-06', '4-01-02-01', '4-02-06-03', '4-02-06-04'];

/**
 * Finding a job without typing: tap a kind of work, tap filters (包吃包住, 日结, 不上夜班…), or type a word on the
 * on-screen keyboard. In simple mode (migrant workers, 3.1.10) everything is bigger and the board-and-lodging
 * and quick-pay filters come first.
 */
@customElement('kiosk-job-search')
export class KioskJobSearch extends LitElement {
  @property() locale: Lang = 'zh';
  @property({ type: Boolean }) simple = false;
  /** A search for one kind of vacancy (劳务输出, 境外就业, 派遣…), with its heading and, where licences matter, the agencies. */
  @property({ attribute: false }) preset: JobPreset | null = null;
  /** The filters as the address has them when the screen opens (q=保安&lodging=1); each change is sent back up. */
  @property() query = '';
  @state() private agencies: Array<z.infer<typeof Employer>> = [];
  @state() private filters: JobFilters = noFilters;
  @state() private result: JobSearchResult | null = null;
  @state() private vocab: Vocabulary | null = null;
  @state() private typing = false;
  @state() private loading = false;
  @state() private error = '';
  private controller: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 12px; }
    .bar { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
    .chip { min-height: 64px; padding: 0 20px; font-size: 24px; }
    .chip[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    :host([simple]) .chip { min-height: 88px; font-size: 32px; padding: 0 28px; }
    select { font: inherit; font-size: 22px; min-height: 64px; padding: 0 12px; border: 2px solid var(--jh-line); border-radius: var(--jh-radius); }
    .results { display: grid; gap: 12px; margin-top: 12px; }
    .total { font-size: 24px; font-weight: 700; margin: 12px 0 0; }
    .help { background: var(--jh-warn-bg); color: var(--jh-warn-ink); padding: 16px; border-radius: var(--jh-radius); }
    #query { min-width: 300px; justify-content: flex-start; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.filters = filtersFromQuery(new URLSearchParams(this.query), this.preset);
    if (this.preset?.agencies) void api(`/api/agencies?kind=${this.preset.agencies}`, z.array(Employer)).then((a) => (this.agencies = a));
    void loadVocabulary().then((v) => (this.vocab = v), () => {});
    void this.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private set(patch: Partial<JobFilters>) {
    this.filters = { ...this.filters, ...patch };
    const query = filtersToQuery(this.filters);
    if (this.simple) query.set('simple', '1');
    emit(this, 'screen-query', query.toString());
    void this.run();
  }

  private async run(more = false) {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    this.error = '';
    try {
      const page = await searchJobs(this.filters, more && this.result ? this.result.items.length : 0, controller.signal);
      this.result = more && this.result ? { ...page, items: [...this.result.items, ...page.items] } : page;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.error = err instanceof ApiProblem && err.text ? t(err.text, this.locale) : t(jm.searchFailed, this.locale);
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  private toggle(key: 'meals' | 'lodging' | 'quickPay' | 'temporary' | 'noNight', label: { zh: string; en: string }) {
    return html`<button class="btn secondary chip" data-filter=${key} aria-pressed=${this.filters[key] ? 'true' : 'false'}
      @click=${() => this.set({ [key]: !this.filters[key] })}>${t(label, this.locale)}</button>`;
  }

  private occupationChips() {
    if (!this.vocab) return nothing;
    const byCode = new Map(this.vocab.occupations.map((o) => [o.code, o]));
    return POPULAR.map((code) => byCode.get(code)).filter(Boolean).map((o) => {
      const label = o!.synonyms[0] ?? o!.name;
      const on = this.filters.occupation === o!.code;
      return html`<button class="btn secondary chip" data-occupation=${o!.code} aria-pressed=${on ? 'true' : 'false'}
        @click=${() => this.set({ occupation: on ? null : o!.code, q: '' })}>${label}</button>`;
    });
  }

  override render() {
    const f = this.filters;
    const r = this.result;
    return html`
      <h2>${this.preset ? t(this.preset.title, this.locale) : t(this.simple ? jm.simpleTitle : jm.searchTitle, this.locale)}</h2>
      ${this.preset?.note ? html`<p class="help" id="preset-note" role="note">${t(this.preset.note, this.locale)}</p>` : nothing}
      ${this.agencies.length
        ? html`<h3>${t(jm.agencies, this.locale)}</h3><ul id="agencies">${this.agencies.map((a) => html`<li>${a.name} · ${a.licence.number ?? ''} ·
            <strong>${t(a.licence.status === 'valid' ? jm.licenceValid : a.licence.status === 'expired' ? jm.licenceExpired : jm.licenceNone, this.locale)}</strong>
            ${a.licence.expires ? html`(${a.licence.expires})` : nothing}</li>`)}</ul>`
        : nothing}
      <div class="bar">
        <button class="btn secondary chip" id="query" @click=${() => (this.typing = true)}>${icon('search', 32)} ${f.q || t(jm.typeToSearch, this.locale)}</button>
        ${f.q ? html`<button class="btn secondary chip" id="clear-query" @click=${() => this.set({ q: '' })}>✕</button>` : nothing}
        <select id="district" aria-label=${t(jm.district, this.locale)} @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          this.set({ districts: v ? [v] : [] });
        }}>
          <option value="">${t(jm.anyDistrict, this.locale)}</option>
          ${this.vocab?.districts.map((d) => html`<option value=${d.code} ?selected=${f.districts[0] === d.code}>${d.name}</option>`)}
        </select>
        <select id="pay" aria-label=${t(jm.payAtLeast, this.locale)} @change=${(e: Event) => this.set({ payMin: Number((e.target as HTMLSelectElement).value) || null })}>
          <option value="">${t(jm.anyPay, this.locale)}</option>
          ${[3000, 4000, 5000, 6000, 8000].map((p) => html`<option value=${p} ?selected=${f.payMin === p}>≥ ${p} ${t(jm.perMonth, this.locale)}</option>`)}
        </select>
      </div>
      <div class="bar">
        ${this.toggle('meals', jm.meals)} ${this.toggle('lodging', jm.lodging)} ${this.toggle('quickPay', jm.quickPay)}
        ${this.toggle('temporary', jm.temporary)} ${this.toggle('noNight', jm.noNight)}
      </div>
      <div class="bar">${this.occupationChips()}</div>
      ${this.error ? html`<p class="help" role="alert">${this.error}</p>` : nothing}
      ${r ? html`<p class="total" id="total" role="status">${t(jm.found, this.locale).replace('{n}', String(r.total))}</p>` : nothing}
      ${r?.help
        ? html`<div class="help" id="zero-help"><p>${t(r.help.message, this.locale)}</p>
            ${r.help.suggestions.map((s) => html`<button class="btn secondary chip" @click=${() => this.set({ q: s, occupation: null })}>${s}</button>`)}
          </div>`
        : nothing}
      <div class="results">${r?.items.map((j) => html`<kiosk-job-card .job=${j} .locale=${this.locale} ?large=${this.simple}></kiosk-job-card>`)}</div>
      ${r && r.items.length < r.total
        ? html`<button class="btn secondary chip" id="more" ?disabled=${this.loading} @click=${() => void this.run(true)}>${t(jm.more, this.locale)}</button>`
        : nothing}
      ${this.typing
        ? html`<kiosk-keyboard .locale=${this.locale} .heading=${jm.typeToSearch} .value=${f.q} .maxLength=${20}
            @text-entered=${(e: CustomEvent<string>) => {
              this.typing = false;
              this.set({ q: e.detail, occupation: null });
            }}
            @keyboard-cancel=${() => (this.typing = false)}></kiosk-keyboard>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-job-search': KioskJobSearch;
  }
}

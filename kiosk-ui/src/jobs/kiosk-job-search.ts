import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { Employer, type JobSearchResult } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, icon, loadVocabulary, t, tokens, type Lang, type LocalizedText, type Vocabulary } from '@jobhall/ui-kit';
import { dropFilter, filtersFromQuery, filtersToQuery, noFilters, relaxations, searchJobs, type JobFilters, type OnScreenFilter, type JobPreset } from './jobs-data.ts';
import { districtName, listOf, occupationLabel } from './names.ts';
import { jm } from './messages.ts';
import { emit } from '../events.ts';
import '../kiosk-keyboard.ts';
import '../kiosk-picker.ts';
import './kiosk-job-card.ts';

/** The work people ask for most at a hall's door, with a pictogram each; a tap searches by occupation. */
const POPULAR: Array<[code: string, pictogram: string]> = [
  ['6-25-04-01', 'factory'], ['4-07-05-01', 'shield'], ['4-09-07-01', 'broom'], ['4-02-02-02', 'truck'], ['4-03-02-01', 'cook'],
  ['4-03-02-05', 'meals'], ['6-31-01-03', 'tool'], ['6-18-02-04', 'tool'], ['4-02-06-01', 'box'], ['4-02-07-02', 'box'],
  ['4-02-07-10', 'bike'], ['4-10-01-05', 'care'], ['4-10-01-06', 'home'], ['4-01-02-01', 'person'], ['4-02-06-03', 'box'], ['4-02-06-04', 'truck'],
];
const PAY_STEPS = [3000, 4000, 5000, 6000, 8000];
type Switch = 'meals' | 'lodging' | 'quickPay' | 'temporary' | 'noNight';
const SWITCHES: Array<[Switch, LocalizedText, string]> = [
  ['meals', jm.meals, 'meals'], ['lodging', jm.lodging, 'bed'], ['quickPay', jm.quickPay, 'coins'], ['temporary', jm.temporary, 'clock'], ['noNight', jm.noNight, 'sun'],
];
/** The on-screen control each filter the hub can relax is, for the hint when nothing is found. */
const FILTER_LABEL: Record<OnScreenFilter, LocalizedText> = {
  district: jm.district, payMin: jm.payAtLeast, meals: jm.meals, lodging: jm.lodging, payPeriod: jm.quickPay, employmentType: jm.temporary,
  avoidShift: jm.noNight, occupation: jm.kindOfWork,
};

/**
 * Finding a job without typing: tap a kind of work, tap filters (包吃, 包住, 日结, 不上夜班…), choose areas and pay
 * on large pickers, or type a word on the on-screen keyboard. Simple mode (migrant workers, 3.1.10) is the same
 * screen in very large type with a pictogram on every choice. On a phone (/jobs) it is one narrow column.
 */
@customElement('kiosk-job-search')
export class KioskJobSearch extends LitElement {
  @property() locale: Lang = 'zh';
  @property({ type: Boolean, reflect: true }) simple = false;
  /** A search for one kind of vacancy (劳务输出, 境外就业, 派遣…), with its heading and, where licences matter, the agencies. */
  @property({ attribute: false }) preset: JobPreset | null = null;
  /** The filters as the address has them when the screen opens (q=保安&lodging=1); each change is sent back up. */
  @property() query = '';
  @state() private agencies: Array<z.infer<typeof Employer>> = [];
  @state() private filters: JobFilters = noFilters;
  @state() private result: JobSearchResult | null = null;
  @state() private vocab: Vocabulary | null = null;
  @state() private open: 'keyboard' | 'district' | 'pay' | null = null;
  @state() private loading = false;
  @state() private error: LocalizedText | null = null;
  private controller: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 12px; }
    .bar { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
    .chip { min-height: 64px; padding: 0 20px; font-size: 24px; display: inline-flex; align-items: center; gap: 8px; }
    .chip[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .results { display: grid; gap: 12px; margin-top: 12px; }
    .total { font-size: 24px; font-weight: 700; margin: 12px 0 0; }
    .help { background: var(--jh-warn-bg); color: var(--jh-warn-ink); padding: 16px; border-radius: var(--jh-radius); }
    #query { min-width: 300px; justify-content: flex-start; }
    :host([simple]) { font-size: 30px; }
    :host([simple]) h2 { font-size: 52px; }
    :host([simple]) .chip { min-height: 104px; font-size: 36px; padding: 0 28px; gap: 12px; }
    :host([simple]) .total { font-size: 36px; }
    :host([simple]) .help { font-size: 30px; }
    /* A phone: one narrow column, nothing wider than the screen. */
    @media (max-width: 600px) {
      :host { padding: 12px; font-size: 18px; }
      h2 { font-size: 26px; }
      .chip { font-size: 20px; padding: 0 14px; }
      #query { min-width: 0; flex: 1 1 100%; }
    }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.filters = filtersFromQuery(new URLSearchParams(this.query), this.preset);
    if (this.preset?.agencies) void api(`/api/agencies?kind=${this.preset.agencies}`, z.array(Employer)).then((a) => (this.agencies = a), () => {});
    void loadVocabulary().then((v) => (this.vocab = v), () => {});
    void this.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private set(patch: Partial<JobFilters>) {
    this.filters = { ...this.filters, ...patch };
    this.open = null;
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
    this.error = null;
    try {
      const page = await searchJobs(this.filters, more && this.result ? this.result.items.length : 0, controller.signal);
      this.result = more && this.result ? { ...page, items: [...this.result.items, ...page.items] } : page;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.error = err instanceof ApiProblem && err.text ? err.text : jm.searchFailed;
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  private pict(name: string) {
    return icon(name, this.simple ? 48 : 32);
  }

  private toggle([key, label, pictogram]: [Switch, LocalizedText, string]) {
    return html`<button class="btn secondary chip" data-filter=${key} aria-pressed=${this.filters[key] ? 'true' : 'false'}
      @click=${() => this.set({ [key]: !this.filters[key] })}>${this.pict(pictogram)}${t(label, this.locale)}</button>`;
  }

  private occupationChips() {
    if (!this.vocab) return nothing;
    const byCode = new Map(this.vocab.occupations.map((o) => [o.code, o]));
    return POPULAR.filter(([code]) => byCode.has(code)).map(([code, pictogram]) => {
      const o = byCode.get(code)!;
      const on = this.filters.occupation === code;
      return html`<button class="btn secondary chip" data-occupation=${code} aria-pressed=${on ? 'true' : 'false'}
        @click=${() => this.set({ occupation: on ? null : code, q: '' })}>${this.pict(pictogram)}${occupationLabel(o, this.locale)}</button>`;
    });
  }

  private get districtsText(): string {
    const d = this.filters.districts;
    if (!d.length) return t(jm.anyDistrict, this.locale);
    const names = d.map((c) => districtName(this.vocab, c, this.locale));
    return names.length > 2 ? `${listOf(names.slice(0, 2), this.locale)} +${names.length - 2}` : listOf(names, this.locale);
  }

  private get payText(): string {
    const p = this.filters.payMin;
    return p ? `≥ ${p} ${t(jm.perMonth, this.locale)}` : t(jm.anyPay, this.locale);
  }

  /** Nothing found: drop one of the visitor's own filters (only those on screen), or try another kind of work. */
  private renderHelp(r: JobSearchResult) {
    if (!r.help) return nothing;
    const L = this.locale;
    const relax = relaxations(r, this.filters);
    return html`<div class="help" id="zero-help" role="status">
      ${relax.length
        ? html`<p>${t(jm.dropToSeeMore, L)}</p>${relax.map((x) => html`<button class="btn secondary chip" data-relax=${x.filter}
            @click=${() => this.set(dropFilter(this.filters, x.filter))}>${t(jm.dropFilter, L).replace('{filter}', t(FILTER_LABEL[x.filter], L)).replace('{n}', String(x.total))}</button>`)}`
        : html`<p>${t(r.help.suggestions.length ? jm.tryOtherWork : jm.noneOfThisKind, L)}</p>`}
      ${r.help.suggestions.map((s) => html`<button class="btn secondary chip" @click=${() => this.set({ q: s, occupation: null })}>${s}</button>`)}
    </div>`;
  }

  private renderPicker() {
    const L = this.locale;
    if (this.open === 'district') {
      return html`<kiosk-picker .locale=${L} .heading=${jm.district} multiple .any=${jm.anyDistrict} .selected=${this.filters.districts}
        .options=${(this.vocab?.districts ?? []).map((d) => ({ value: d.code, label: L === 'en' ? d.en : d.name }))}
        @picked=${(e: HTMLElementEventMap['picked']) => this.set({ districts: e.detail })} @picker-cancel=${() => (this.open = null)}></kiosk-picker>`;
    }
    if (this.open === 'pay') {
      return html`<kiosk-picker .locale=${L} .heading=${jm.payAtLeast} .any=${jm.anyPay} .selected=${this.filters.payMin ? [String(this.filters.payMin)] : []}
        .options=${PAY_STEPS.map((p) => ({ value: String(p), label: `≥ ${p} ${t(jm.perMonth, L)}` }))}
        @picked=${(e: HTMLElementEventMap['picked']) => this.set({ payMin: Number(e.detail[0]) || null })} @picker-cancel=${() => (this.open = null)}></kiosk-picker>`;
    }
    if (this.open === 'keyboard') {
      return html`<kiosk-keyboard .locale=${L} .heading=${jm.typeToSearch} .value=${this.filters.q} .maxLength=${20}
        @text-entered=${(e: HTMLElementEventMap['text-entered']) => this.set({ q: e.detail, occupation: null })}
        @keyboard-cancel=${() => (this.open = null)}></kiosk-keyboard>`;
    }
    return nothing;
  }

  override render() {
    const f = this.filters;
    const r = this.result;
    const L = this.locale;
    return html`
      <h2>${this.preset ? t(this.preset.title, L) : t(this.simple ? jm.simpleTitle : jm.searchTitle, L)}</h2>
      ${this.preset?.note ? html`<p class="help" id="preset-note" role="note">${t(this.preset.note, L)}</p>` : nothing}
      ${this.agencies.length
        ? html`<h3>${t(jm.agencies, L)}</h3><ul id="agencies">${this.agencies.map((a) => html`<li>${a.name} · ${a.licence.number ?? ''} ·
            <strong>${t(a.licence.status === 'valid' ? jm.licenceValid : a.licence.status === 'expired' ? jm.licenceExpired : jm.licenceNone, L)}</strong>
            ${a.licence.expires ? html`(${a.licence.expires})` : nothing}</li>`)}</ul>`
        : nothing}
      <div class="bar">
        <button class="btn secondary chip" id="query" @click=${() => (this.open = 'keyboard')}>${this.pict('search')} ${f.q || t(jm.typeToSearch, L)}</button>
        ${f.q ? html`<button class="btn secondary chip" id="clear-query" aria-label=${t(jm.clearWord, L)} @click=${() => this.set({ q: '' })}>✕</button>` : nothing}
        <button class="btn secondary chip" id="district" aria-haspopup="dialog" @click=${() => (this.open = 'district')}>
          ${this.pict('pin')}${t(jm.district, L)}: ${this.districtsText}</button>
        <button class="btn secondary chip" id="pay" aria-haspopup="dialog" @click=${() => (this.open = 'pay')}>${this.pict('yuan')}${this.payText}</button>
      </div>
      <div class="bar">${SWITCHES.map((s) => this.toggle(s))}</div>
      <div class="bar">${this.occupationChips()}</div>
      ${this.error ? html`<p class="help" role="alert">${t(this.error, L)}</p>` : nothing}
      ${r ? html`<p class="total" id="total" role="status">${t(jm.found, L).replace('{n}', String(r.total))}</p>` : nothing}
      ${r ? this.renderHelp(r) : nothing}
      <div class="results">${r?.items.map((j) => html`<kiosk-job-card .job=${j} .locale=${L} .vocab=${this.vocab} ?large=${this.simple}></kiosk-job-card>`)}</div>
      ${r && r.items.length < r.total
        ? html`<button class="btn secondary chip" id="more" @click=${() => !this.loading && void this.run(true)}>
            ${t(this.loading ? jm.loadingMore : jm.more, L)}</button>`
        : nothing}
      ${this.renderPicker()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-job-search': KioskJobSearch;
  }
}

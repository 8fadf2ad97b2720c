import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Vacancy, VacancyList, VacancyStatus } from '@jobhall/hub-server/contract';
import { api, buttons, tokens, loadVocabulary } from '@jobhall/ui-kit';
import { VACANCY_STATUS, problemText, type Vocabulary } from '../placement/placement-labels.ts';
import './admin-vacancy-card.ts';

/** Cards per page: the queue is worked oldest first (the hub's order), and a day's kiosk registrations fit. */
const PAGE = 50;

/**
 * The review queue (3.1.1): vacancies registered at the kiosk, by API or by import wait here until staff
 * approve them; only approved ones are searchable or shown on any screen. The other states are listed too,
 * each vacancy with its history.
 */
@customElement('admin-vacancy-review')
export class AdminVacancyReview extends LitElement {
  @state() private status: VacancyStatus = 'pending';
  @state() private items: Vacancy[] = [];
  @state() private total = 0;
  @state() private offset = 0;
  @state() private vocab: Vocabulary | null = null;
  @state() private message = '';
  @state() private loading = false;
  /** A vacancy opened by its number (an employer on the phone quotes it); null shows the list. */
  @state() private only: number | null = null;
  private asked = 0;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    .bar { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 16px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 16px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    .list { display: grid; gap: 16px; }
    .msg { min-height: 24px; margin-bottom: 12px; font-weight: 700; }
    form { display: flex; gap: 8px; margin-left: auto; }
    form input { font: inherit; font-size: 16px; width: 140px; padding: 6px; min-height: 44px; box-sizing: border-box; border: 2px solid var(--jh-line); border-radius: 8px; }
    .pager { display: flex; gap: 12px; align-items: center; margin-top: 16px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    // The lists for the forms; the queue works without them (codes are shown as they are).
    void loadVocabulary().then((v) => (this.vocab = v)).catch(() => {});
  }

  private async load() {
    if (this.only) return this.open(this.only);
    const ask = ++this.asked;
    this.loading = true;
    try {
      const r = await api(`/api/vacancies?status=${this.status}&limit=${PAGE}&offset=${this.offset}`, VacancyList);
      if (ask !== this.asked) return;
      this.items = r.items;
      this.total = r.total;
    } catch (err) {
      if (ask === this.asked) this.message = problemText(err);
    } finally {
      if (ask === this.asked) this.loading = false;
    }
  }

  private async open(id: number) {
    const ask = ++this.asked;
    try {
      const v = await api(`/api/vacancies/${id}`, Vacancy);
      if (ask !== this.asked) return;
      this.only = id;
      this.items = [v];
      this.total = 1;
    } catch (err) {
      if (ask === this.asked) this.message = problemText(err);
    }
  }

  private find(e: SubmitEvent) {
    e.preventDefault();
    const id = Number(new FormData(e.target as HTMLFormElement).get('id'));
    this.message = '';
    if (Number.isInteger(id) && id > 0) void this.open(id);
  }

  private show(status: VacancyStatus) {
    this.only = null;
    this.status = status;
    this.offset = 0;
    this.message = '';
    void this.load();
  }

  private page(delta: number) {
    this.offset = Math.max(0, this.offset + delta * PAGE);
    void this.load();
  }

  /** A decision moves the vacancy out of this list (or, for an edit, back into the queue): reload the page. */
  private changed(e: HTMLElementEventMap['vacancy-changed']) {
    this.message = e.detail.message;
    void this.load();
  }

  override render() {
    const pages = Math.max(1, Math.ceil(this.total / PAGE));
    return html`
      <h2>岗位审核 · Vacancy review</h2>
      <div class="bar" role="group" aria-label="状态 Status">
        ${VacancyStatus.options.map((s) => {
          const on = !this.only && s === this.status;
          return html`<button class="btn secondary" id="review-status-${s}" aria-pressed=${on ? 'true' : 'false'} @click=${() => this.show(s)}>${VACANCY_STATUS[s]}${on ? ` (${this.total})` : ''}</button>`;
        })}
        <button class="btn secondary" id="review-reload" @click=${() => this.load()}>刷新 · Reload</button>
        <form @submit=${this.find}>
          <input name="id" id="review-find" type="number" min="1" placeholder="岗位编号 No." aria-label="按编号查找 Find by number" />
          <button class="btn secondary" id="review-find-go">查找 · Find</button>
        </form>
      </div>
      <div class="msg" id="review-message" role="status">${this.message}</div>
      <div class="list" id="review-list" @vacancy-changed=${this.changed}>
        ${this.items.map((v) => html`<admin-vacancy-card data-vacancy=${v.id} .vacancy=${v} .vocab=${this.vocab}></admin-vacancy-card>`)}
        ${!this.items.length && !this.loading ? html`<p>暂无岗位 · None</p>` : nothing}
      </div>
      ${this.total > PAGE
        ? html`<div class="pager">
            <button class="btn secondary" ?disabled=${this.offset === 0} @click=${() => this.page(-1)}>上一页 · Previous</button>
            <span>${this.offset / PAGE + 1} / ${pages}</span>
            <button class="btn secondary" ?disabled=${this.offset + PAGE >= this.total} @click=${() => this.page(1)}>下一页 · Next</button>
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-vacancy-review': AdminVacancyReview;
  }
}

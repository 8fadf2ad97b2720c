import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { EmployerDashboard, EntrustList, EntrustRequest, type EntrustStatus, type ShortlistResult } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang, type LocalizedText, type Messages } from '@jobhall/ui-kit';
import { problemOf } from '../problem.ts';
import '../kiosk-keyboard.ts';
import { EDUCATION, jm } from './messages.ts';
import { emit } from '../events.ts';

const em = {
  title: { zh: '委托招聘', en: 'Entrusted recruitment' },
  hint: { zh: '把岗位的初步筛选交给中心：我们从登记的求职者中挑选合适的人，推荐名单会显示在这里（隐去姓名和证件号）。', en: 'Let the centre screen candidates for a vacancy: we pick suitable registered job seekers and list them here (names and IDs hidden).' },
  signInFirst: { zh: '请先用单位账户登录', en: 'Please sign in with your employer account first' },
  pickVacancy: { zh: '1. 选择要委托的岗位（已发布的）', en: '1. Choose a published vacancy' },
  noVacancies: { zh: '还没有已发布的岗位，请先登记招聘，审核通过后再委托。', en: 'No published vacancy yet: post one and entrust it once it is approved.' },
  howMany: { zh: '2. 需要推荐几个人选？', en: '2. How many candidates do you want?' },
  byWhen: { zh: '3. 什么时候要名单？', en: '3. When do you need the list?' },
  note: { zh: '补充要求（可不填）', en: 'Anything else we should look for (optional)' },
  noteHint: { zh: '不能写性别、年龄、户籍等要求', en: 'No requirements on gender, age or hukou' },
  submit: { zh: '提交委托', en: 'Entrust it' },
  sent: { zh: '已提交委托，编号', en: 'Entrusted; reference' },
  mine: { zh: '我的委托', en: 'My requests' },
  none: { zh: '还没有委托', en: 'No requests yet' },
  due: { zh: '要名单日期', en: 'Wanted by' },
  wanted: { zh: '需要人数', en: 'Candidates wanted' },
  cancel: { zh: '撤销委托', en: 'Cancel the request' },
  cancelled: { zh: '委托已撤销', en: 'Request cancelled' },
  shortlist: { zh: '推荐名单', en: 'Shortlist' },
  waiting: { zh: '中心正在筛选，名单交付后显示在这里。', en: 'The centre is screening; the list shows here once it is handed over.' },
  score: { zh: '匹配度', en: 'Match' },
  referral: { zh: '推荐信编号', en: 'Referral no.' },
  inDays: { zh: '{n} 天内', en: 'within {n} days' },
  people: { zh: '{n} 人', en: '{n}' },
} satisfies Messages<string>;

export const ENTRUST_STATUS: Record<EntrustStatus, LocalizedText> = {
  requested: { zh: '已受理，等待筛选', en: 'Received' }, screening: { zh: '筛选中', en: 'Screening' },
  shortlisted: { zh: '名单已交付', en: 'Shortlist ready' }, closed: { zh: '已结束', en: 'Closed' }, cancelled: { zh: '已撤销', en: 'Cancelled' },
};
export const SHORTLIST_RESULT: Record<ShortlistResult, LocalizedText> = {
  proposed: { zh: '推荐', en: 'Proposed' }, interviewed: jm.interviewed, hired: jm.hired, rejected: jm.rejected, withdrawn: { zh: '已退出', en: 'Withdrew' },
};
const COUNTS = [1, 2, 3, 5, 8, 10];
const DAYS = [3, 7, 14, 30];

/** A hall-calendar day n days from now; the kiosk's clock runs in the hall's time zone. */
function daysFromNow(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toLocaleDateString('sv-SE');
}

/**
 * 委托招聘 (3.1.6) for a signed-in employer: entrust a published vacancy's screening to the centre by tapping
 * (which vacancy, how many, by when), then follow each request; the shortlist appears, masked, once staff hand
 * it over. Fires `want-sign-in` when no employer is signed in, `entrust-created` with the new request.
 */
@customElement('kiosk-entrust')
export class KioskEntrust extends LitElement {
  @property() locale: Lang = 'zh';
  @property() token = '';
  @state() private vacancies: z.infer<typeof EmployerDashboard>['vacancies'] = [];
  @state() private requests: EntrustRequest[] = [];
  @state() private vacancyId: number | null = null;
  @state() private candidates = 3;
  @state() private days = 7;
  @state() private note = '';
  @state() private editingNote = false;
  @state() private message = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 4px; }
    h3 { font-size: 26px; margin: 20px 0 8px; }
    .hint { color: var(--jh-ink-soft); margin: 0 0 12px; }
    .choices { display: flex; flex-wrap: wrap; gap: 12px; }
    .choices .btn { min-height: 72px; font-size: 24px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .note { display: flex; gap: 12px; align-items: center; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 12px 16px; margin-top: 12px; }
    .note .value { flex: 1; font-weight: 700; }
    .actions { margin-top: 16px; display: flex; gap: 16px; align-items: center; }
    .actions .btn { min-height: 88px; font-size: 30px; }
    .request { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 20px; margin-bottom: 12px; }
    .request .head { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
    .state { font-weight: 800; color: var(--jh-primary); }
    table { width: 100%; border-collapse: collapse; margin-top: 8px; }
    td, th { padding: 8px 10px; border-bottom: 1px solid var(--jh-line); text-align: left; }
    .msg { font-weight: 700; }
  `];

  /** A sign-in while the element is up (the app passes the new token) loads that employer's data. */
  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('token') && this.token) void this.load().catch((err) => (this.message = this.problem(err)));
  }

  private get headers() {
    return { 'x-visitor-token': this.token };
  }

  private async load() {
    const [me, mine] = await Promise.all([
      api('/api/employers/me', EmployerDashboard, { headers: this.headers }),
      api('/api/employers/me/entrusted', EntrustList, { headers: this.headers }),
    ]);
    this.vacancies = me.vacancies.filter((v) => v.status === 'approved');
    this.requests = mine.items;
  }

  /** The hub's sentence, or the kiosk's apology: never the hub's technical message. */
  private problem(err: unknown): string {
    return t(problemOf(err), this.locale);
  }

  private async submit() {
    if (this.vacancyId === null) return;
    this.busy = true;
    try {
      const r = await api('/api/entrusted', EntrustRequest, {
        method: 'POST', headers: this.headers,
        body: { vacancyId: this.vacancyId, candidates: this.candidates, dueBy: daysFromNow(this.days), ...(this.note ? { note: this.note } : {}) },
      });
      this.message = `${t(em.sent, this.locale)} ${r.refNo}`;
      this.vacancyId = null;
      this.note = '';
      emit(this, 'entrust-created', r);
      await this.load();
    } catch (err) {
      this.message = this.problem(err);
    } finally {
      this.busy = false;
    }
  }

  private async cancel(id: string) {
    try {
      await api(`/api/entrusted/${id}/transition`, EntrustRequest, { method: 'POST', headers: this.headers, body: { action: 'cancel' } });
      this.message = t(em.cancelled, this.locale);
      await this.load();
    } catch (err) {
      this.message = this.problem(err);
    }
  }

  private renderRequest(r: EntrustRequest) {
    const L = this.locale;
    return html`<div class="request" data-request=${r.id}>
      <div class="head"><strong>${r.refNo}</strong><span>${r.vacancy.title}</span><span class="state" data-status=${r.status}>${t(ENTRUST_STATUS[r.status], L)}</span>
        <span>${t(em.wanted, L)} ${r.candidatesWanted} · ${t(em.due, L)} ${r.dueBy}</span>
        ${r.status === 'requested' || r.status === 'screening'
          ? html`<button class="btn secondary" data-cancel=${r.id} @click=${() => this.cancel(r.id)}>${t(em.cancel, L)}</button>` : nothing}</div>
      ${r.shortlist.length
        ? html`<table class="shortlist"><tr><th>${t(em.shortlist, L)}</th><th>${t(jm.skills, L)}</th><th>${t(jm.experience, L)}</th><th>${t(em.score, L)}</th><th>${t(jm.status, L)}</th><th>${t(em.referral, L)}</th></tr>
            ${r.shortlist.map((e) => html`<tr data-seeker=${e.seeker.id}><td>${e.seeker.nameMasked} · ${e.seeker.districtName} · ${t(EDUCATION[e.seeker.education] ?? EDUCATION.none!, L)}</td>
              <td>${e.seeker.skills.join('、')}</td><td>${e.seeker.experienceYears} ${t(jm.years, L)}</td><td>${e.score === null ? '—' : Math.round(e.score * 100)}</td>
              <td>${t(SHORTLIST_RESULT[e.result], L)}</td><td>${e.referralRefNo ?? '—'}</td></tr>`)}</table>`
        : r.status === 'requested' || r.status === 'screening' ? html`<p class="hint">${t(em.waiting, L)}</p>` : nothing}
    </div>`;
  }

  override render() {
    const L = this.locale;
    if (!this.token) {
      return html`<h2>${t(em.title, L)}</h2><p class="hint">${t(em.hint, L)}</p>
        <div class="actions"><button class="btn" id="entrust-sign-in" @click=${() => emit(this, 'want-sign-in')}>${t(em.signInFirst, L)}</button></div>`;
    }
    const entrusted = new Set(this.requests.filter((r) => ['requested', 'screening', 'shortlisted'].includes(r.status)).map((r) => r.vacancy.id));
    return html`
      <h2>${t(em.title, L)}</h2>
      <p class="hint">${t(em.hint, L)}</p>
      <h3>${t(em.pickVacancy, L)}</h3>
      ${this.vacancies.length ? nothing : html`<p>${t(em.noVacancies, L)}</p>`}
      <div class="choices" id="entrust-vacancies">${this.vacancies.map((v) => html`<button class="btn secondary" data-vacancy=${v.id}
        aria-pressed=${this.vacancyId === v.id ? 'true' : 'false'} ?disabled=${entrusted.has(v.id)} @click=${() => (this.vacancyId = v.id)}>${v.title}</button>`)}</div>
      <h3>${t(em.howMany, L)}</h3>
      <div class="choices">${COUNTS.map((n) => html`<button class="btn secondary" data-candidates=${n} aria-pressed=${this.candidates === n ? 'true' : 'false'}
        @click=${() => (this.candidates = n)}>${t(em.people, L).replace('{n}', String(n))}</button>`)}</div>
      <h3>${t(em.byWhen, L)}</h3>
      <div class="choices">${DAYS.map((n) => html`<button class="btn secondary" data-days=${n} aria-pressed=${this.days === n ? 'true' : 'false'}
        @click=${() => (this.days = n)}>${t(em.inDays, L).replace('{n}', String(n))}</button>`)}</div>
      <div class="note"><span>${t(em.note, L)}</span><span class="value" id="entrust-note">${this.note}</span>
        <button class="btn secondary" id="edit-note" @click=${() => (this.editingNote = true)}>${t(jm.fillIn, L)}</button></div>
      <div class="actions"><button class="btn" id="entrust-submit" ?disabled=${this.vacancyId === null || this.busy} @click=${this.submit}>${t(em.submit, L)}</button>
        <span class="msg" id="entrust-message" role="status">${this.message}</span></div>
      <h3>${t(em.mine, L)}</h3>
      <div id="entrust-requests">${this.requests.length ? this.requests.map((r) => this.renderRequest(r)) : html`<p>${t(em.none, L)}</p>`}</div>
      ${this.editingNote
        ? html`<kiosk-keyboard .locale=${L} .heading=${{ zh: `${em.note.zh}（${em.noteHint.zh}）`, en: `${em.note.en} (${em.noteHint.en})` }} .value=${this.note} .maxLength=${200}
            @text-entered=${(e: CustomEvent<string>) => ((this.note = e.detail.trim()), (this.editingNote = false))} @keyboard-cancel=${() => (this.editingNote = false)}></kiosk-keyboard>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-entrust': KioskEntrust;
  }
}

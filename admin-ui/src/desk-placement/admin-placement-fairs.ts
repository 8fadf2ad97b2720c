import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { BoothBooking, Employer, Fair, FairDetail, FairTheme } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { FAIR_THEME, problemText } from '../placement/placement-labels.ts';

/**
 * Recruitment events (3.1.4, 3.1.5): the calendar of on-site recruitment days and themed fairs, a form to
 * schedule one, and per fair its booth map, booking a booth for an employer, and the seekers signed up.
 * Today's fairs and booth map also go to the lobby screens (signage job board).
 */
@customElement('admin-placement-fairs')
export class AdminPlacementFairs extends LitElement {
  @state() private fairs: Fair[] = [];
  @state() private employers: Employer[] = [];
  @state() private detail: FairDetail | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    form.new { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 10px 16px; padding: 16px; background: var(--jh-wash); border-radius: var(--jh-radius); }
    label { display: grid; gap: 4px; font-size: 15px; }
    label.wide { grid-column: 1 / -1; }
    input, select { font: inherit; font-size: 15px; padding: 6px; min-height: 44px; box-sizing: border-box; border: 2px solid var(--jh-line); border-radius: 8px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 16px; }
    .btn.danger { background: var(--jh-paper); color: var(--jh-danger-ink); border-color: var(--jh-danger-ink); }
    table { border-collapse: collapse; width: 100%; font-size: 15px; margin-top: 16px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    .cancelled { color: var(--jh-ink-soft); text-decoration: line-through; }
    .map { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; margin: 12px 0; }
    .booth { border: 2px solid var(--jh-line); border-radius: 10px; padding: 8px; min-height: 64px; font-size: 14px; }
    .booth.taken { border-color: var(--jh-primary); background: var(--jh-wash); }
    .booth .no { font-weight: 800; font-size: 18px; }
    .row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
    .msg { min-height: 24px; font-weight: 700; margin: 8px 0; }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    void api('/api/employers', z.array(Employer)).then((e) => (this.employers = e)).catch(() => {});
  }

  private async load() {
    try {
      this.fairs = await api('/api/fairs', z.array(Fair));
      if (this.detail) await this.open(this.detail.fair.id);
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async open(id: string) {
    try {
      this.detail = await api(`/api/fairs/${id}`, FairDetail);
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    const s = (k: string) => String(f.get(k) ?? '').trim();
    try {
      const fair = await api('/api/fairs', Fair, {
        method: 'POST',
        body: {
          title: s('title'), theme: FairTheme.parse(s('theme')), day: s('day'), starts: s('starts'), ends: s('ends'),
          venue: s('venue'), booths: Number(s('booths')), description: s('description'),
        },
      });
      this.message = `已安排 Scheduled: ${fair.title} ${fair.day}`;
      form.reset();
      this.detail = null;
      await this.load();
      await this.open(fair.id);
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async act(what: () => Promise<unknown>, done: string) {
    try {
      await what();
      this.message = done;
      await this.load();
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private book(fair: Fair) {
    const root = this.renderRoot;
    const employerId = root.querySelector<HTMLSelectElement>('#booth-employer')!.value;
    const boothNo = Number(root.querySelector<HTMLInputElement>('#booth-no')!.value) || undefined;
    if (!employerId) return;
    void this.act(() => api(`/api/fairs/${fair.id}/booths`, BoothBooking, { method: 'POST', body: { employerId, ...(boothNo ? { boothNo } : {}) } }),
      '已订展位 Booth booked');
  }

  private renderDetail(d: FairDetail) {
    const f = d.fair;
    const byNo = new Map(d.booths.map((b) => [b.boothNo, b]));
    return html`<section id="fair-detail" aria-label="展位图 Booth map">
      <h3>${f.title} · ${f.day} ${f.starts}–${f.ends} · ${f.venue}</h3>
      <p class="sub">已订 ${f.boothsTaken}/${f.booths} 个展位 booths taken · ${f.signups} 人报名 seekers signed up · ${d.vacancies.length} 个专场岗位 fair-only vacancies</p>
      ${f.status === 'scheduled'
        ? html`<div class="row">
            <select id="booth-employer" aria-label="单位 Employer">
              <option value="">— 选择单位 Choose an employer —</option>
              ${this.employers.map((e) => html`<option value=${e.id}>${e.name}</option>`)}
            </select>
            <input id="booth-no" type="number" min="1" max=${f.booths} placeholder="展位号 Booth no." aria-label="展位号（空=第一个空位）Booth number (empty = first free)" />
            <button class="btn" id="book-booth" @click=${() => this.book(f)}>订展位 · Book a booth</button>
            <button class="btn danger" id="cancel-fair" @click=${() => this.act(() => api(`/api/fairs/${f.id}/cancel`, Fair, { method: 'POST' }), '已取消 Cancelled')}>取消招聘会 · Cancel the fair</button>
          </div>`
        : nothing}
      <div class="map">
        ${Array.from({ length: f.booths }, (_, i) => i + 1).map((no) => {
          const b = byNo.get(no);
          return html`<div class="booth ${b ? 'taken' : ''}" data-booth=${no}>
            <div class="no">${no} 号</div>
            ${b
              ? html`<div>${b.employerName}</div><div class="sub">${b.vacancies.map((v) => v.title).join('、')}</div>`
              : html`<div class="sub">空 Free</div>`}
          </div>`;
        })}
      </div>
    </section>`;
  }

  override render() {
    return html`
      <form class="new" @submit=${this.create} aria-label="安排招聘会 Schedule a fair">
        <label class="wide">名称 Title<input name="title" id="fair-title" required minlength="2" maxlength="60" /></label>
        <label>类型 Theme<select name="theme" id="fair-theme">${FairTheme.options.map((t) => html`<option value=${t}>${FAIR_THEME[t]}</option>`)}</select></label>
        <label>日期 Day<input name="day" id="fair-day" type="date" required /></label>
        <label>开始 Starts<input name="starts" id="fair-starts" type="time" required value="09:00" /></label>
        <label>结束 Ends<input name="ends" id="fair-ends" type="time" required value="11:30" /></label>
        <label>地点 Venue<input name="venue" id="fair-venue" required minlength="2" maxlength="60" value="一楼招聘区" /></label>
        <label>展位数 Booths<input name="booths" id="fair-booths" type="number" min="1" max="500" required value="20" /></label>
        <label class="wide">介绍 Description<input name="description" maxlength="1000" /></label>
        <div><button class="btn" id="fair-create">安排 · Schedule</button></div>
      </form>
      <div class="msg" role="status" id="fair-message">${this.message}</div>
      <table id="fairs">
        <thead><tr><th scope="col">日期 Day</th><th scope="col">招聘会 Fair</th><th scope="col">展位 Booths</th><th scope="col">报名 Sign-ups</th><th scope="col"><span class="sub">操作 Actions</span></th></tr></thead>
        <tbody>${this.fairs.map((f) => html`<tr data-fair=${f.id} class=${f.status === 'cancelled' ? 'cancelled' : ''}>
          <td>${f.day}<div class="sub">${f.starts}–${f.ends}</div></td>
          <td><strong>${f.title}</strong><div class="sub">${FAIR_THEME[f.theme]} · ${f.venue}${f.status === 'cancelled' ? ' · 已取消 cancelled' : ''}</div></td>
          <td>${f.boothsTaken}/${f.booths}</td>
          <td>${f.signups}</td>
          <td><button class="btn secondary" @click=${() => this.open(f.id)}>展位图 · Booth map</button></td>
        </tr>`)}</tbody>
      </table>
      ${this.detail ? this.renderDetail(this.detail) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-placement-fairs': AdminPlacementFairs;
  }
}

import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { Interview, InterviewBooked, InterviewList, InterviewSlots, JobMatchResult, type InterviewStatus } from '@jobhall/hub-server/contract';
import { api, buttons, icon, t, tokens, type Lang, type LocalizedText, type Messages } from '@jobhall/ui-kit';
import { problemOf } from '../problem.ts';
import { payLabel } from '@jobhall/hub-server/contract';
import { emit } from '../events.ts';

const im = {
  title: { zh: '远程面试预约', en: 'Book a video interview' },
  hint: { zh: '在大厅的面试室和用人单位视频面试：先选岗位，再选时间，打印预约单。', en: 'Interview with an employer by video from a room in the hall: choose a job, then a time, and take the printed slip.' },
  employerTitle: { zh: '远程面试安排', en: 'Video interviews' },
  signInFirst: { zh: '请先登录', en: 'Please sign in first' },
  pickJob: { zh: '1. 选择岗位', en: '1. Choose the job' },
  noJobs: { zh: '暂时没有为您推荐的岗位，可以先到“为我推荐”看看。', en: 'No recommended jobs yet; see "Jobs for me" first.' },
  pickTime: { zh: '2. 选择时间（点一下就预约）', en: '2. Choose a time (one tap books it)' },
  roomsFree: { zh: '剩 {n} 间', en: '{n} rooms free' },
  full: { zh: '已约满', en: 'Full' },
  employerBusy: { zh: '单位已有安排', en: 'Employer busy' },
  tooSoon: { zh: '时间太近', en: 'Too soon' },
  noSlots: { zh: '这一天没有可预约的时间', en: 'No times left this day' },
  mine: { zh: '我的面试', en: 'My interviews' },
  none: { zh: '还没有预约', en: 'Nothing booked' },
  cancel: { zh: '取消', en: 'Cancel' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  room: { zh: '面试室', en: 'Room' },
  seeker: { zh: '求职者', en: 'Job seeker' },
  printing: { zh: '正在预约并打印预约单…', en: 'Booking and printing the slip…' },
} satisfies Messages<string>;

export const INTERVIEW_STATUS: Record<InterviewStatus, LocalizedText> = {
  booked: { zh: '已预约', en: 'Booked' }, done: { zh: '已面试', en: 'Held' }, 'no-show': { zh: '未到', en: 'Missed' }, cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** "2026-11-27 09:00–09:30" in the hall's (the kiosk's) time zone. */
export function interviewTime(i: { start: string; end: string }): string {
  const f = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${new Date(i.start).toLocaleDateString('sv-SE')} ${f(i.start)}–${f(i.end)}`;
}

/**
 * 远程面试 (3.2.4). For a signed-in seeker (kind "seeker"): pick one of the recommended jobs (or the one given
 * in `vacancyId`), a day and a free slot; the hub books a booth and the kiosk prints the slip. Their booked
 * interviews are listed with a cancel button. For a signed-in employer (kind "employer"): its interviews with
 * time, room and the (masked) seeker. Fires `want-sign-in` without a token, `interview-booked` after a booking.
 */
@customElement('kiosk-interview-booking')
export class KioskInterviewBooking extends LitElement {
  @property() locale: Lang = 'zh';
  @property() token = '';
  @property() kioskId = '';
  @property() kind: 'seeker' | 'employer' = 'seeker';
  /** Opened from a job's page: that job is chosen already. */
  @property({ type: Number }) vacancyId: number | null = null;
  @state() private jobs: JobMatchResult['items'] = [];
  @state() private chosen: number | null = null;
  @state() private slots: z.infer<typeof InterviewSlots> | null = null;
  @state() private mine: Interview[] = [];
  @state() private message = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 4px; }
    h3 { font-size: 26px; margin: 18px 0 8px; }
    .hint { color: var(--jh-ink-soft); margin: 0 0 12px; }
    .jobs, .days, .slots { display: flex; flex-wrap: wrap; gap: 12px; }
    .jobs .btn { min-height: 80px; font-size: 22px; text-align: left; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .days .btn { min-width: 150px; font-size: 22px; }
    .slots .btn { min-width: 170px; min-height: 80px; font-size: 26px; display: flex; flex-direction: column; justify-content: center; }
    .slots small { font-weight: 400; font-size: 18px; }
    table { width: 100%; border-collapse: collapse; background: var(--jh-paper); border-radius: var(--jh-radius); }
    td, th { padding: 10px 12px; border-bottom: 1px solid var(--jh-line); text-align: left; }
    .msg { font-weight: 700; font-size: 26px; min-height: 32px; }
  `];

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('token') || changed.has('kind')) && this.token) void this.load().catch((err) => (this.message = this.problem(err)));
    if (changed.has('vacancyId') && this.vacancyId) void this.choose(this.vacancyId);
  }

  private get headers() {
    return { 'x-visitor-token': this.token };
  }

  /** The hub's sentence, or the kiosk's apology: never the hub's technical message. */
  private problem(err: unknown): string {
    return t(problemOf(err), this.locale);
  }

  private async load() {
    if (this.kind === 'employer') {
      this.mine = (await api('/api/employers/me/interviews', InterviewList, { headers: this.headers })).items;
      return;
    }
    const [jobs, mine] = await Promise.all([
      api('/api/seekers/me/matches?limit=10', JobMatchResult, { headers: this.headers }),
      api('/api/seekers/me/interviews', InterviewList, { headers: this.headers }),
    ]);
    this.jobs = jobs.items;
    this.mine = mine.items;
  }

  private async choose(vacancyId: number, day?: string) {
    this.chosen = vacancyId;
    try {
      this.slots = await api(`/api/interviews/slots?vacancyId=${vacancyId}${day ? `&day=${day}` : ''}`, InterviewSlots);
    } catch (err) {
      this.message = this.problem(err);
    }
  }

  private async book(slotStart: string) {
    if (this.chosen === null) return;
    this.busy = true;
    try {
      const res = await api('/api/interviews', InterviewBooked, {
        method: 'POST', headers: this.headers, body: { vacancyId: this.chosen, slotStart, ...(this.kioskId ? { kioskId: this.kioskId } : {}) },
      });
      this.message = t(res.message, this.locale);
      emit(this, 'interview-booked', res.interview);
      this.slots = null;
      this.chosen = null;
      await this.load();
    } catch (err) {
      this.message = this.problem(err);
      if (this.chosen !== null) await this.choose(this.chosen, this.slots?.day);
    } finally {
      this.busy = false;
    }
  }

  private async cancel(id: string) {
    try {
      await api(`/api/interviews/${id}/status`, Interview, { method: 'POST', headers: this.headers, body: { status: 'cancelled' } });
      this.message = t(im.cancelled, this.locale);
      await this.load();
    } catch (err) {
      this.message = this.problem(err);
    }
  }

  private dayLabel(day: string): string {
    const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, mo - 1, d)).toLocaleDateString(this.locale === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', month: 'short', day: 'numeric', weekday: 'short' });
  }

  private slotNote(s: z.infer<typeof InterviewSlots>['slots'][number]): LocalizedText {
    if (s.available) return { zh: im.roomsFree.zh.replace('{n}', String(s.boothsFree)), en: im.roomsFree.en.replace('{n}', String(s.boothsFree)) };
    return s.boothsFree === 0 ? im.full : s.employerBusy ? im.employerBusy : im.tooSoon;
  }

  private renderList() {
    const L = this.locale;
    if (!this.mine.length) return html`<p id="no-interviews">${t(im.none, L)}</p>`;
    return html`<table id=${this.kind === 'employer' ? 'employer-interviews' : 'my-interviews'}>
      ${this.mine.map((i) => html`<tr data-interview=${i.id}><td>${interviewTime(i)}</td><td>${t(i.booth.name, L)}<br /><small>${t(i.booth.location, L)}</small></td>
        <td>${i.vacancy.title}<br /><small>${this.kind === 'employer' ? `${t(im.seeker, L)} ${i.seeker.nameMasked}` : i.vacancy.employerName}</small></td>
        <td>${t(INTERVIEW_STATUS[i.status], L)}<br /><small>${i.refNo}</small></td>
        <td>${i.status === 'booked' && Date.parse(i.start) > Date.now()
          ? html`<button class="btn secondary" data-cancel=${i.id} @click=${() => this.cancel(i.id)}>${t(im.cancel, L)}</button>` : nothing}</td></tr>`)}
    </table>`;
  }

  override render() {
    const L = this.locale;
    if (!this.token) {
      return html`<h2>${t(im.title, L)}</h2><p class="hint">${t(im.hint, L)}</p>
        <button class="btn" id="interview-sign-in" @click=${() => emit(this, 'want-sign-in')}>${t(im.signInFirst, L)}</button>`;
    }
    if (this.kind === 'employer') {
      return html`<h2>${t(im.employerTitle, L)}</h2><p class="msg" id="interview-message" role="status">${this.message}</p>${this.renderList()}`;
    }
    const s = this.slots;
    const jobs = this.vacancyId && !this.jobs.some((j) => j.job.id === this.vacancyId) ? [] : this.jobs;
    return html`
      <h2>${t(im.title, L)}</h2>
      <p class="hint">${t(im.hint, L)}</p>
      <p class="msg" id="interview-message" role="status">${this.message}</p>
      <h3>${t(im.mine, L)}</h3>
      ${this.renderList()}
      <h3>${t(im.pickJob, L)}</h3>
      ${jobs.length || this.vacancyId ? nothing : html`<p>${t(im.noJobs, L)}</p>`}
      <div class="jobs" id="interview-jobs">${jobs.map((m) => html`<button class="btn secondary" data-vacancy=${m.job.id} aria-pressed=${this.chosen === m.job.id ? 'true' : 'false'}
        @click=${() => this.choose(m.job.id)}>${m.job.title}<br /><small>${m.job.employerName} · ${payLabel(m.job, L)}</small></button>`)}</div>
      ${s
        ? html`<h3>${t(im.pickTime, L)}</h3>
            <div class="days" role="group">${s.days.map((d) => html`<button class="btn secondary" data-day=${d} aria-pressed=${d === s.day ? 'true' : 'false'}
              @click=${() => this.choose(this.chosen!, d)}>${this.dayLabel(d)}</button>`)}</div>
            <div class="slots" id="interview-slots">${s.slots.length
              ? s.slots.map((x) => html`<button class="btn ${x.available ? '' : 'secondary'}" data-slot=${x.start} ?disabled=${!x.available || this.busy} @click=${() => this.book(x.start)}>
                  ${interviewTime(x).slice(11)}<small>${t(this.slotNote(x), L)}</small></button>`)
              : html`<p>${t(im.noSlots, L)}</p>`}</div>`
        : nothing}
      ${this.busy ? html`<p>${icon('printer', 32)} ${t(im.printing, L)}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-interview-booking': KioskInterviewBooking;
  }
}

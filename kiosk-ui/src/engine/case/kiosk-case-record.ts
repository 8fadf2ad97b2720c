import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CasePublic, CasesMine, SimpleField, fieldProblem, type CaseFlow, type SessionBooking } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type LocalizedText } from '@jobhall/ui-kit';
import '../../kiosk-number-pad.ts';
import { dayLabel, localDay, timeSpan } from '../booking/messages.ts';
import { emit } from '../../events.ts';
import { visitorHeaders } from '../../jobs/visitor.ts';
import { m } from '../../messages.ts';
import { aborted, problemOf } from '../../problem.ts';
import type { KioskSession } from '../../routing/route.ts';
import { cm } from './messages.ts';

const ID_FIELD = SimpleField.parse({ id: 'idNumber', type: 'id-number', label: cm.idNumber });

type Found = { record: CasePublic | null; upcoming: SessionBooking[]; past: SessionBooking[] };

/**
 * A record kept across visits, as its person sees it: the stages with where it stands now, the next
 * follow-up and the counsellor, dated history without staff notes, and (signed in) the sessions booked ahead
 * and held. Found signed in, or with the ID number and the mobile's last four digits, which stay in this
 * element only until the answer comes.
 */
@customElement('kiosk-case-record')
export class KioskCaseRecord extends LitElement {
  @property({ attribute: false }) definition!: CaseFlow;
  @property({ attribute: false }) session!: KioskSession;
  @state() private found: Found | null = null;
  @state() private entering: 'id' | 'last4' | null = null;
  @state() private problem: LocalizedText | null = null;
  @state() private busy = false;
  @state() private idProblem = '';
  private idNumber = '';
  private abort: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 24px; }
    h2 { font-size: 36px; margin: 0 0 6px; } h3 { font-size: 28px; margin: 18px 0 8px; color: var(--jh-primary); }
    .intro { color: var(--jh-ink-soft); margin: 0 0 12px; }
    .ways { display: flex; gap: 16px; flex-wrap: wrap; }
    .ways .btn { min-height: 88px; font-size: 28px; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 24px; margin-top: 12px; }
    .now { font-size: 34px; font-weight: 800; color: var(--jh-primary); }
    ol.steps { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 8px 0; }
    ol.steps li { padding: 8px 14px; border-radius: 999px; border: 2px solid var(--jh-line); }
    ol.steps li.reached { border-color: var(--jh-ok); color: var(--jh-ok); font-weight: 700; }
    ol.steps li.current { background: var(--jh-primary); border-color: var(--jh-primary); color: #fff; }
    dl { display: grid; grid-template-columns: 8em 1fr; gap: 6px 16px; margin: 8px 0; } dt { color: var(--jh-ink-soft); }
    ul { margin: 0; padding-left: 1.2em; } li { margin: 4px 0; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  private get L() {
    return this.session.locale;
  }

  private get tz() {
    return this.session.hall.timezone;
  }

  private get signedIn(): boolean {
    return this.session.visitor?.kind === 'seeker';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.signedIn && this.definition.lookup.includes('signed-in')) void this.loadMine();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async loadMine() {
    const abort = (this.abort = new AbortController());
    try {
      const mine = await api('/api/cases/mine', CasesMine, { headers: visitorHeaders(this.session.visitor), signal: abort.signal });
      this.found = { record: mine.cases.find((c) => c.flowId === this.definition.id) ?? null, upcoming: mine.upcoming, past: mine.past };
    } catch (err) {
      if (!aborted(err)) this.problem = problemOf(err);
    }
  }

  private async lookUp(last4: string) {
    this.busy = true;
    try {
      const record = await api('/api/cases/lookup', CasePublic, { method: 'POST', body: { flowId: this.definition.id, idNumber: this.idNumber, phoneLast4: last4 } });
      this.found = { record, upcoming: [], past: [] };
      this.problem = null;
    } catch (err) {
      this.problem = problemOf(err);
    } finally {
      this.idNumber = '';
      this.entering = null;
      this.busy = false;
    }
  }

  /** The ID number is checked here (GB 11643) before the mobile digits are asked, with the hub's own rules. */
  private idEntered(id: string) {
    const problem = fieldProblem(ID_FIELD, id, localDay(new Date().toISOString(), this.tz));
    if (problem) return void (this.idProblem = t(problem, this.L));
    this.idProblem = '';
    this.idNumber = id;
    this.entering = 'last4';
  }

  private when(iso: string): string {
    return `${dayLabel(localDay(iso, this.tz), this.L)} ${new Date(iso).toLocaleTimeString('zh-CN', { timeZone: this.tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
  }

  private sessions(title: LocalizedText, list: SessionBooking[], withCode: boolean) {
    const L = this.L;
    return html`<h3>${t(title, L)}</h3><ul>${list.length ? list.map((b) => html`<li>${dayLabel(b.day, L)} ${timeSpan(b.start, b.end, this.tz)} ·
      ${t(b.title, L)}${b.host ? ` · ${t(b.host.name, L)}` : ''} · ${t(b.where, L)}${withCode ? ` · ${t(cm.code, L)} ${b.code}` : ''}</li>`) : html`<li>${t(cm.noSessions, L)}</li>`}</ul>`;
  }

  private record(r: CasePublic) {
    const L = this.L;
    const kind = { opened: cm.opened, stage: cm.stage, 'follow-up': cm.followUp } as const;
    return html`<section id="case-record">
      <div>${t(cm.now, L)}</div><div class="now">${t(r.stage.label, L)}</div><p>${t(r.stage.describe, L)}</p>
      <ol class="steps" aria-label=${t(cm.progress, L)}>${r.stages.map((s) => html`<li class="${s.reached ? 'reached' : ''} ${s.current ? 'current' : ''}">${t(s.label, L)}</li>`)}</ol>
      <dl>${r.owner ? html`<dt>${t(cm.owner, L)}</dt><dd>${r.owner}</dd>` : nothing}
        ${r.nextAt ? html`<dt>${t(cm.next, L)}</dt><dd id="case-next">${this.when(r.nextAt)}</dd>` : nothing}</dl>
      <h3>${t(cm.history, L)}</h3>
      <ul>${r.history.map((h) => html`<li>${this.when(h.at)} · ${t(kind[h.kind], L)}${h.stage ? ` ${t(h.stage, L)}` : ''}</li>`)}</ul></section>`;
  }

  override render() {
    const L = this.L;
    const d = this.definition;
    const f = this.found;
    const ways = html`<div class="ways">
      ${d.lookup.includes('signed-in') && !this.signedIn ? html`<button class="btn" id="case-sign-in" @click=${() => emit(this, 'want-sign-in')}>${t(cm.signIn, L)}</button>` : nothing}
      ${d.lookup.includes('id-phone') ? html`<button class="btn ${this.signedIn ? 'secondary' : ''}" id="case-by-id" @click=${() => (this.entering = 'id')}>${t(f ? cm.again : cm.byId, L)}</button>` : nothing}</div>`;
    return html`
      <h2>${t(d.title, L)}</h2>
      ${d.intro ? html`<p class="intro">${t(d.intro, L)}</p>` : nothing}
      ${this.problem ? html`<p class="err" role="alert">${t(this.problem, L)}</p>` : nothing}
      ${f ? html`${f.record ? this.record(f.record) : html`<section><p>${t(cm.none, L)}</p></section>`}
          ${this.signedIn && d.lookup.includes('signed-in') ? html`<section>${this.sessions(cm.upcoming, f.upcoming, true)}${this.sessions(cm.past, f.past, false)}</section>` : nothing}`
        : this.signedIn && d.lookup.includes('signed-in') && !this.problem ? html`<p>${t(m.loading, L)}</p>` : nothing}
      ${!f || d.lookup.includes('id-phone') ? ways : nothing}
      ${this.entering === 'id' ? html`<kiosk-number-pad .locale=${L} .heading=${cm.idNumber} .digitsNeeded=${18} allowX mask .error=${this.idProblem}
          @pad-cancel=${() => ((this.entering = null), (this.idProblem = ''))} @number-entered=${(e: CustomEvent<string>) => this.idEntered(e.detail)}></kiosk-number-pad>`
        : this.entering === 'last4' ? html`<kiosk-number-pad .locale=${L} .heading=${cm.last4} .digitsNeeded=${4} ?busy=${this.busy}
          @pad-cancel=${() => ((this.entering = null), (this.idNumber = ''))} @number-entered=${(e: CustomEvent<string>) => void this.lookUp(e.detail)}></kiosk-number-pad>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-case-record': KioskCaseRecord;
  }
}

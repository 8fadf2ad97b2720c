import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  SessionBooking, bookingAnswerIssues, type BookingAnswerKey, type BookingAnswers, type BookingFlow, type BookingSlot,
} from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, icon, t, tokens, type LocalizedText } from '@jobhall/ui-kit';
import '../../kiosk-keyboard.ts';
import '../../kiosk-number-pad.ts';
import { flowAt } from '../kinds.ts';
import { emit, navigate } from '../../events.ts';
import { visitorHeaders } from '../../jobs/visitor.ts';
import { problemOf } from '../../problem.ts';
import type { KioskSession } from '../../routing/route.ts';
import './kiosk-booking-slots.ts';
import { bm, dayLabel, localDay, timeSpan } from './messages.ts';

/** Where the visitor is in a booking. */
type Step = { at: 'slot' } | { at: 'details'; slot: BookingSlot } | { at: 'done'; booking: SessionBooking } | { at: 'cancel'; code: string };
type Editing = 'name' | 'phone' | 'partySize' | 'organisation' | 'cancel-code' | 'cancel-last4' | null;

const today = (timeZone: string) => localDay(new Date().toISOString(), timeZone);

/**
 * A booking flow at the kiosk: choose a slot, give a name, a mobile and what the flow asks (topic, how many,
 * which school or company), confirm; the code shows large and the slip prints. A booking can be cancelled
 * here with its code and the mobile's last four digits. Answers are checked at their fields with the same
 * rules the hub applies; what the visitor typed lives only in this element.
 */
@customElement('kiosk-session-booking')
export class KioskSessionBooking extends LitElement {
  @property({ attribute: false }) definition!: BookingFlow;
  @property() serviceId = '';
  @property({ attribute: false }) session!: KioskSession;
  @state() private step: Step = { at: 'slot' };
  @state() private answers: BookingAnswers = { name: '', phone: '' };
  @state() private issues: Partial<Record<BookingAnswerKey, LocalizedText>> = {};
  @state() private editing: Editing = null;
  @state() private problem: LocalizedText | null = null;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 24px; }
    h2 { font-size: 36px; margin: 0 0 6px; }
    h3 { font-size: 28px; margin: 16px 0 10px; color: var(--jh-primary); }
    .intro { margin: 0 0 8px; color: var(--jh-ink-soft); }
    .top { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; }
    .top { align-items: center; }
    .top .btn { font-size: 22px; display: inline-flex; align-items: center; gap: 8px; }
    .chosen { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 12px 20px; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
    .rows { display: grid; gap: 12px; margin: 16px 0; }
    .field { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 10px 16px; display: grid; grid-template-columns: 9em 1fr auto; gap: 12px; align-items: center; }
    .field .value { font-weight: 700; font-size: 28px; }
    .field .hint { grid-column: 2 / 4; color: var(--jh-ink-soft); font-size: 19px; }
    .field .issue { grid-column: 1 / 4; color: var(--jh-danger-ink); font-weight: 700; }
    .chips { display: flex; gap: 10px; flex-wrap: wrap; grid-column: 1 / 4; }
    .chips .btn { min-height: 72px; font-size: 24px; }
    .chips .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    .go .btn { min-height: 96px; font-size: 32px; }
    .done { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    .code { font-size: 64px; font-weight: 800; letter-spacing: 6px; color: var(--jh-primary); }
    dl { display: grid; grid-template-columns: 6em 1fr; gap: 6px 16px; margin: 12px 0; } dt { color: var(--jh-ink-soft); }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  private get L() {
    return this.session.locale;
  }

  private get tz() {
    return this.session.hall.timezone;
  }

  private check(): boolean {
    const issues = bookingAnswerIssues(this.definition, this.answers, today(this.tz));
    this.issues = Object.fromEntries(issues.map((i) => [i.key, i.text]));
    return !issues.length;
  }

  private async confirm(slot: BookingSlot) {
    if (this.busy || !this.check()) return;
    this.busy = true;
    this.problem = null;
    try {
      const booking = await api('/api/bookings', SessionBooking, {
        method: 'POST', headers: visitorHeaders(this.session.visitor),
        body: {
          flowId: this.definition.id, session: slot.session, slotStart: slot.start, ...(slot.host ? { host: slot.host } : {}), ...this.answers,
          ...(this.session.kioskId ? { kioskId: this.session.kioskId } : {}),
        },
      });
      this.step = { at: 'done', booking };
      this.answers = { name: '', phone: '' };
    } catch (err) {
      const fields = err instanceof ApiProblem ? err.details.fields ?? [] : [];
      this.issues = Object.fromEntries(fields.map((f) => [f.path.replace(/^body\./, ''), f.text]));
      this.problem = fields.length ? null : problemOf(err);
    } finally {
      this.busy = false;
    }
  }

  private async cancel(code: string, last4: string) {
    this.busy = true;
    try {
      await api(`/api/bookings/code/${code}/cancel`, SessionBooking, { method: 'POST', body: { phoneLast4: last4 } });
      this.problem = null;
      this.step = { at: 'slot' };
      emit(this, 'kiosk-message', { tone: 'ok', text: bm.cancelled });
    } catch (err) {
      this.problem = problemOf(err);
      this.step = { at: 'slot' };
    } finally {
      this.busy = false;
      this.editing = null;
    }
  }

  private row(key: 'name' | 'phone' | 'partySize' | 'organisation', label: LocalizedText, value: string, hint?: LocalizedText) {
    const issue = this.issues[key];
    return html`<div class="field" data-field=${key}><span>${t(label, this.L)}</span><span class="value">${value}</span>
      <button class="btn secondary" id="edit-${key}" @click=${() => (this.editing = key)}>${t(value ? bm.change : bm.fillIn, this.L)}</button>
      ${hint ? html`<span class="hint">${t(hint, this.L)}</span>` : nothing}
      ${issue ? html`<span class="issue" role="alert">${t(issue, this.L)}</span>` : nothing}</div>`;
  }

  private details(slot: BookingSlot) {
    const L = this.L;
    const f = this.definition;
    const a = this.answers;
    const host = f.hosts.find((h) => h.id === slot.host);
    const phone = a.phone ? `${a.phone.slice(0, 3)}****${a.phone.slice(7)}` : '';
    return html`<div class="chosen">
        <strong>${dayLabel(localDay(slot.start, this.tz), L)} ${timeSpan(slot.start, slot.end, this.tz)}</strong>
        ${slot.topic ? html`<span>${t(slot.topic, L)}</span>` : nothing}${host ? html`<span>${t(host.name, L)}</span>` : nothing}
        <button class="btn secondary" id="change-time" @click=${() => (this.step = { at: 'slot' })}>${t(bm.changeTime, L)}</button></div>
      <h3>${t(bm.yourDetails, L)}</h3>
      <div class="rows">
        ${this.row('name', bm.name, a.name)}
        ${this.row('phone', bm.phone, phone, bm.phoneHint)}
        ${f.ask.organisation ? this.row('organisation', f.ask.organisation, a.organisation ?? '') : nothing}
        ${f.ask.party ? this.row('partySize', f.ask.party.label, a.partySize ? String(a.partySize) : '') : nothing}
        ${f.ask.topics.length ? html`<div class="field" data-field="topic"><span>${t(bm.topic, L)}</span>
          <div class="chips" role="group">${f.ask.topics.map((o) => html`<button class="btn secondary" data-topic=${o.value} aria-pressed=${a.topic === o.value ? 'true' : 'false'}
            @click=${() => (this.answers = { ...a, topic: o.value })}>${t(o.label, L)}</button>`)}</div>
          ${this.issues.topic ? html`<span class="issue" role="alert">${t(this.issues.topic, L)}</span>` : nothing}</div>` : nothing}
      </div>
      <div class="go"><button class="btn" id="confirm-booking" ?disabled=${this.busy} @click=${() => void this.confirm(slot)}>${t(bm.confirm, L)}</button></div>`;
  }

  private done(b: SessionBooking) {
    const L = this.L;
    return html`<div class="done" id="booking-done" role="status">
      <h3>${t(bm.booked, L)}</h3>
      <div>${t(bm.yourCode, L)}</div><div class="code" id="booking-code">${b.code}</div>
      <p>${t(bm.keepCode, L)}</p>
      <dl><dt>${t(bm.with, L)}</dt><dd>${t(b.title, L)}${b.topic ? ` · ${t(b.topic, L)}` : ''}${b.host ? ` · ${t(b.host.name, L)}` : ''}</dd>
        <dt>${t(bm.when, L)}</dt><dd>${dayLabel(b.day, L)} ${timeSpan(b.start, b.end, this.tz)}</dd>
        <dt>${t(bm.place, L)}</dt><dd>${t(b.where, L)}</dd></dl>
      <p><strong>${t(b.print ? bm.slipPrinting : bm.noPrinter, L)}</strong></p></div>`;
  }

  private editor() {
    const L = this.L;
    const close = () => (this.editing = null);
    const set = (patch: Partial<BookingAnswers>) => {
      this.answers = { ...this.answers, ...patch };
      this.issues = { ...this.issues, ...Object.fromEntries(Object.keys(patch).map((k) => [k, undefined])) };
      close();
    };
    switch (this.editing) {
      case 'name':
      case 'organisation':
        return html`<kiosk-keyboard .locale=${L} .heading=${this.editing === 'name' ? bm.name : this.definition.ask.organisation!}
          .value=${this.answers[this.editing] ?? ''} .maxLength=${this.editing === 'name' ? 20 : 60} @keyboard-cancel=${close}
          @text-entered=${(e: CustomEvent<string>) => set({ [this.editing as 'name']: e.detail })}></kiosk-keyboard>`;
      case 'phone':
        return html`<kiosk-number-pad .locale=${L} .heading=${bm.phone} .hint=${bm.phoneHint} .digitsNeeded=${11} @pad-cancel=${close}
          @number-entered=${(e: CustomEvent<string>) => set({ phone: e.detail })}></kiosk-number-pad>`;
      case 'partySize':
        return html`<kiosk-number-pad .locale=${L} .heading=${this.definition.ask.party!.label} .digitsNeeded=${3} anyLength @pad-cancel=${close}
          @number-entered=${(e: CustomEvent<string>) => set({ partySize: Number(e.detail) })}></kiosk-number-pad>`;
      case 'cancel-code':
        return html`<kiosk-number-pad .locale=${L} .heading=${bm.cancelBooking} .hint=${bm.enterCode} .digitsNeeded=${8} @pad-cancel=${close}
          @number-entered=${(e: CustomEvent<string>) => ((this.step = { at: 'cancel', code: e.detail }), (this.editing = 'cancel-last4'))}></kiosk-number-pad>`;
      case 'cancel-last4':
        return html`<kiosk-number-pad .locale=${L} .heading=${bm.cancelBooking} .hint=${bm.enterLast4} .digitsNeeded=${4} ?busy=${this.busy}
          @pad-cancel=${() => ((this.step = { at: 'slot' }), close())}
          @number-entered=${(e: CustomEvent<string>) => this.step.at === 'cancel' && void this.cancel(this.step.code, e.detail)}></kiosk-number-pad>`;
      default:
        return nothing;
    }
  }

  override render() {
    const L = this.L;
    const f = this.definition;
    const s = this.step;
    const where = flowAt(this.session.flows, this.serviceId, 'where');
    return html`
      <h2>${t(f.title, L)}</h2>
      ${f.intro ? html`<p class="intro">${t(f.intro, L)}</p>` : nothing}
      <div class="top">
        <span><strong>${t(bm.place, L)}</strong> ${t(f.where, L)}</span>
        ${where ? html`<button class="btn secondary" id="booking-where" @click=${() => navigate(this, `services/${this.serviceId}/where`)}>${icon('compass', 28)} ${t(bm.where, L)}</button>` : nothing}
        ${s.at === 'slot' ? html`<button class="btn secondary" id="cancel-booking" @click=${() => (this.editing = 'cancel-code')}>${t(bm.cancelBooking, L)}</button>` : nothing}
      </div>
      ${this.problem ? html`<p class="err" role="alert">${t(this.problem, L)}</p>` : nothing}
      ${s.at === 'slot' || s.at === 'cancel'
        ? html`<kiosk-booking-slots .flow=${f} .locale=${L} .timeZone=${this.tz} @booking-slot=${(e: CustomEvent<BookingSlot>) => (this.step = { at: 'details', slot: e.detail })}></kiosk-booking-slots>`
        : s.at === 'details' ? this.details(s.slot) : this.done(s.booking)}
      ${this.editor()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-session-booking': KioskSessionBooking;
  }
}

import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { ComplaintReceipt } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { formProblem } from '../problem.ts';
import '@jobhall/ui-kit/jh-qr-code';
import '../kiosk-keyboard.ts';
import '../kiosk-number-pad.ts';
import { jm } from './messages.ts';

const KINDS = ['wage-arrears', 'no-contract', 'social-insurance', 'injury', 'dismissal', 'other'] as const;
type Kind = (typeof KINDS)[number];

type Editing = 'employerName' | 'description' | 'name' | 'workers' | 'amountOwed' | 'phone' | null;

/**
 * 农民工维权 (3.1.11) and 举报投诉 (1.1.4): a complaint at the kiosk, anonymous if the worker wishes. The receipt is
 * printed with a number and a check code, the only way back to an anonymous complaint.
 */
@customElement('kiosk-complaint-form')
export class KioskComplaintForm extends LitElement {
  @property() locale: Lang = 'zh';
  @property() kioskId = '';
  @state() private kind: Kind | null = null;
  @state() private employerName = '';
  @state() private description = '';
  @state() private workers: number | null = null;
  @state() private amountOwed: number | null = null;
  @state() private anonymous = true;
  @state() private name = '';
  @state() private phone = '';
  @state() private editing: Editing = null;
  @state() private receipt: z.infer<typeof ComplaintReceipt> | null = null;
  @state() private error = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 12px; }
    .chips { display: flex; gap: 10px; flex-wrap: wrap; margin-bottom: 12px; }
    .chips .btn { min-height: 72px; font-size: 26px; }
    .chips .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .rows { display: grid; grid-template-columns: 1fr 1fr; gap: 12px 24px; }
    .field { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 12px 16px; display: flex; gap: 12px; align-items: center; }
    .field.wide { grid-column: 1 / -1; }
    .field .label { min-width: 8em; color: var(--jh-ink-soft); }
    .field .value { flex: 1; font-weight: 700; }
    .field .btn { min-height: 64px; font-size: 20px; }
    .actions { margin-top: 16px; }
    .actions .btn { min-height: 88px; font-size: 30px; }
    .receipt { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; display: grid; grid-template-columns: 1fr auto; gap: 24px; }
    .big { font-size: 48px; font-weight: 800; color: var(--jh-primary); letter-spacing: 2px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  private row(label: LocalizedText, value: string, edit: Editing, wide = false) {
    return html`<div class="field ${wide ? 'wide' : ''}"><span class="label">${t(label, this.locale)}</span><span class="value">${value}</span>
      <button class="btn secondary" id="edit-${edit}" @click=${() => (this.editing = edit)}>${t(jm.fillIn, this.locale)}</button></div>`;
  }

  private async submit() {
    this.busy = true;
    this.error = '';
    try {
      this.receipt = await api('/api/complaints', ComplaintReceipt, {
        method: 'POST',
        body: {
          kind: this.kind, employerName: this.employerName, description: this.description, anonymous: this.anonymous,
          ...(this.workers ? { workers: this.workers } : {}), ...(this.amountOwed ? { amountOwed: this.amountOwed } : {}),
          ...(!this.anonymous && this.name ? { name: this.name } : {}), ...(!this.anonymous && this.phone ? { phone: this.phone } : {}),
          ...(this.kioskId ? { kioskId: this.kioskId } : {}),
        },
      });
    } catch (err) {
      this.error = t(formProblem(err, { kind: jm.complaintKind, employerName: jm.employerName, description: jm.whatHappened, workers: jm.owedWorkers, amountOwed: jm.amountOwed, name: jm.yourNameOptional, phone: jm.yourPhone }), this.locale);
    } finally {
      this.busy = false;
    }
  }

  private editor() {
    const L = this.locale;
    const close = () => (this.editing = null);
    switch (this.editing) {
      case 'employerName':
      case 'description':
      case 'name': {
        const label = { employerName: jm.employerName, description: jm.whatHappened, name: jm.yourNameOptional }[this.editing];
        return html`<kiosk-keyboard .locale=${L} .heading=${label} .value=${this[this.editing]} .maxLength=${this.editing === 'description' ? 500 : 60}
          ?multiline=${this.editing === 'description'} @keyboard-cancel=${close}
          @text-entered=${(e: CustomEvent<string>) => ((this[this.editing as 'name'] = e.detail), close())}></kiosk-keyboard>`;
      }
      case 'workers':
      case 'amountOwed':
        return html`<kiosk-number-pad .locale=${L} .heading=${this.editing === 'workers' ? jm.owedWorkers : jm.amountOwed} .digitsNeeded=${8} anyLength @pad-cancel=${close}
          @number-entered=${(e: CustomEvent<string>) => ((this[this.editing as 'workers'] = Number(e.detail)), close())}></kiosk-number-pad>`;
      case 'phone':
        return html`<kiosk-number-pad .locale=${L} .heading=${jm.yourPhone} .digitsNeeded=${11} @pad-cancel=${close}
          @number-entered=${(e: CustomEvent<string>) => ((this.phone = e.detail), close())}></kiosk-number-pad>`;
      default:
        return nothing;
    }
  }

  override render() {
    const L = this.locale;
    const r = this.receipt;
    if (r) {
      return html`<h2>${t(jm.complain, L)}</h2><div class="receipt" id="complaint-receipt">
        <div><p>${t(jm.complaintReceived, L)}</p>
          <div>${t(jm.refNo, L)}</div><div class="big" id="complaint-ref">${r.refNo}</div>
          <div>${t(jm.checkCode, L)}</div><div class="big" id="complaint-code">${r.checkCode}</div></div>
        <jh-qr-code .data=${r.statusUrl} .label=${t(jm.onPhone, L)}></jh-qr-code></div>`;
    }
    const ready = this.kind && this.employerName.length >= 2 && this.description.length >= 5 && (this.anonymous || this.phone.length === 11);
    return html`
      <h2>${t(jm.complaintKind, L)}</h2>
      <div class="chips">${KINDS.map((k) => html`<button class="btn secondary" data-kind=${k} aria-pressed=${this.kind === k ? 'true' : 'false'} @click=${() => (this.kind = k)}>${t(jm[k], L)}</button>`)}</div>
      <div class="rows">
        ${this.row(jm.employerName, this.employerName, 'employerName')}
        ${this.row(jm.owedWorkers, this.workers ? String(this.workers) : '', 'workers')}
        ${this.row(jm.whatHappened, this.description, 'description', true)}
        ${this.kind === 'wage-arrears' ? this.row(jm.amountOwed, this.amountOwed ? String(this.amountOwed) : '', 'amountOwed') : nothing}
      </div>
      <div class="chips"><button class="btn secondary" id="anonymous" aria-pressed=${this.anonymous ? 'true' : 'false'} @click=${() => (this.anonymous = !this.anonymous)}>${t(jm.anonymous, L)}</button></div>
      ${this.anonymous ? nothing : html`<div class="rows">${this.row(jm.yourNameOptional, this.name, 'name')}${this.row(jm.yourPhone, this.phone ? `${this.phone.slice(0, 3)}****${this.phone.slice(7)}` : '', 'phone')}</div>`}
      ${this.error ? html`<p class="err" role="alert">${this.error}</p>` : nothing}
      <div class="actions"><button class="btn" id="send-complaint" ?disabled=${!ready || this.busy} @click=${this.submit}>${t(jm.sendComplaint, L)}</button></div>
      ${this.editor()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-complaint-form': KioskComplaintForm;
  }
}

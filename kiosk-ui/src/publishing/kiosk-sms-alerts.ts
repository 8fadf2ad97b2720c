import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PlacementVocabulary, SubscribeStarted, SubscriptionView, UnsubscribeResult } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import '../kiosk-number-pad.ts';
import { pm, WORK_KINDS } from './messages.ts';

/** The screen's steps: choose topics, the number, the code, done; or, to stop, the number and stopped. */
type Step =
  | { at: 'choose' }
  | { at: 'phone' }
  | { at: 'code'; subscriptionId: string; phoneMasked: string }
  | { at: 'done'; view: SubscriptionView }
  | { at: 'stop-phone' }
  | { at: 'stopped'; phoneMasked: string };

const MAX_PICKS = 5;

/**
 * SMS subscriptions at the kiosk (2.3.2): job alerts by kind of work and district, and notices. Opt-in is
 * confirmed with the code the phone receives; opt-out needs only the number and answers the same for any
 * number. The number is typed on the kiosk's pad and kept only in this element until it is sent.
 */
@customElement('kiosk-sms-alerts')
export class KioskSmsAlerts extends LitElement {
  @property() locale: Lang = 'zh';
  /** "stop" opens the opt-out. */
  @property() mode = '';
  @state() private step: Step = { at: 'choose' };
  @state() private jobs = true;
  @state() private notices = false;
  @state() private kinds: string[] = [];
  @state() private districts: string[] = [];
  @state() private districtList: Array<{ code: string; name: string }> = [];
  @state() private error = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 24px; }
    h2 { font-size: 36px; margin: 0 0 12px; }
    h3 { font-size: 26px; margin: 24px 0 8px; }
    .chips { display: flex; flex-wrap: wrap; gap: 12px; }
    .chips .btn { min-height: 72px; font-size: 24px; }
    .chips .btn[aria-pressed='false'] { background: var(--jh-paper); color: var(--jh-primary); }
    .topics .btn { min-height: 96px; font-size: 30px; }
    .actions { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 28px; }
    .actions .btn { min-height: 96px; font-size: 30px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    .done { font-size: 30px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.mode === 'stop') this.step = { at: 'stop-phone' };
    void api('/api/jobs/vocabulary', PlacementVocabulary).then((v) => (this.districtList = v.districts)).catch(() => {});
  }

  private problem(err: unknown): string {
    if (err instanceof ApiProblem && err.text) return t(err.text, this.locale);
    if (err instanceof ApiProblem && err.status === 400) return t(pm.badPhone, this.locale);
    return t(pm.sendFailed, this.locale);
  }

  private toggle(list: string[], code: string): string[] {
    return list.includes(code) ? list.filter((c) => c !== code) : list.length < MAX_PICKS ? [...list, code] : list;
  }

  private async sendPhone(phone: string) {
    this.busy = true;
    this.error = '';
    try {
      const topics = { jobs: this.jobs ? { occupations: this.kinds, districts: this.districts } : null, notices: this.notices };
      const r = await api('/api/subscriptions', SubscribeStarted, { method: 'POST', body: { phone, topics } });
      this.step = { at: 'code', subscriptionId: r.subscriptionId, phoneMasked: r.phoneMasked };
    } catch (err) {
      this.error = this.problem(err);
    } finally {
      this.busy = false;
    }
  }

  private async sendCode(code: string) {
    if (this.step.at !== 'code') return;
    this.busy = true;
    this.error = '';
    try {
      const view = await api(`/api/subscriptions/${this.step.subscriptionId}/confirm`, SubscriptionView, { method: 'POST', body: { code } });
      this.step = { at: 'done', view };
    } catch (err) {
      this.error = this.problem(err);
      // An expired or exhausted request cannot be confirmed any more: start again from the number.
      if (err instanceof ApiProblem && err.status === 410) this.step = { at: 'phone' };
    } finally {
      this.busy = false;
    }
  }

  private async sendStop(phone: string) {
    this.busy = true;
    this.error = '';
    try {
      const r = await api('/api/subscriptions/stop', UnsubscribeResult, { method: 'POST', body: { phone } });
      this.step = { at: 'stopped', phoneMasked: r.phoneMasked };
    } catch (err) {
      this.error = this.problem(err);
    } finally {
      this.busy = false;
    }
  }

  private chip(label: LocalizedText | string, on: boolean, toggle: () => void, id?: string) {
    return html`<button class="btn" id=${id ?? nothing} aria-pressed=${on ? 'true' : 'false'} @click=${toggle}>${typeof label === 'string' ? label : t(label, this.locale)}</button>`;
  }

  private pad(heading: LocalizedText, hint: LocalizedText, digits: number, onEnter: (v: string) => void, onCancel: () => void) {
    return html`<kiosk-number-pad .locale=${this.locale} .heading=${heading} .hint=${hint} .digitsNeeded=${digits} .busy=${this.busy} .error=${this.error}
      @number-entered=${(e: HTMLElementEventMap['number-entered']) => onEnter(e.detail)} @pad-cancel=${onCancel}></kiosk-number-pad>`;
  }

  override render() {
    const L = this.locale;
    const s = this.step;
    const back = () => {
      this.error = '';
      this.step = { at: 'choose' };
    };
    switch (s.at) {
      case 'stop-phone':
        return html`<h2>${t(pm.stopTitle, L)}</h2>${this.pad(pm.stopTitle, pm.stopHint, 11, (v) => void this.sendStop(v), back)}`;
      case 'stopped':
        return html`<h2>${t(pm.stopTitle, L)}</h2><p class="done" id="sms-stopped" role="status">${s.phoneMasked} · ${t(pm.stopped, L)}</p>`;
      case 'phone':
        return html`<h2>${t(pm.smsTitle, L)}</h2>${this.pad(pm.phoneTitle, pm.phoneHint, 11, (v) => void this.sendPhone(v), back)}`;
      case 'code':
        return html`<h2>${t(pm.smsTitle, L)}</h2><p>${s.phoneMasked}</p>${this.pad(pm.codeTitle, pm.codeHint, 6, (v) => void this.sendCode(v), back)}`;
      case 'done': {
        const what = [s.view.topics.jobs ? t(pm.wantJobs, L) : '', s.view.topics.notices ? t(pm.wantNotices, L) : ''].filter(Boolean).join(' · ');
        return html`<h2>${t(pm.subscribed, L)}</h2><div class="done" id="sms-done" role="status"><p>${s.view.phoneMasked}</p>
          <p>${t(pm.subscribedTo, L)}: ${what}</p><p>${t(pm.howToStop, L)}</p></div>`;
      }
      case 'choose': {
        const ready = this.jobs || this.notices;
        return html`<h2>${t(pm.smsTitle, L)}</h2><p>${t(pm.smsIntro, L)}</p>
          <div class="chips topics">${this.chip(pm.wantJobs, this.jobs, () => (this.jobs = !this.jobs), 'want-jobs')}
            ${this.chip(pm.wantNotices, this.notices, () => (this.notices = !this.notices), 'want-notices')}</div>
          ${this.jobs ? html`<h3>${t(pm.kinds, L)} · ${t(pm.upTo5, L)}</h3>
            <div class="chips" id="work-kinds">${WORK_KINDS.map((k) => this.chip({ zh: k.zh, en: k.en }, this.kinds.includes(k.code), () => (this.kinds = this.toggle(this.kinds, k.code))))}</div>
            <h3>${t(pm.districts, L)} · ${t(pm.upTo5, L)}</h3>
            <div class="chips" id="districts">${this.districtList.map((d) => this.chip(d.name, this.districts.includes(d.code), () => (this.districts = this.toggle(this.districts, d.code))))}</div>` : nothing}
          ${ready ? nothing : html`<p class="err" role="alert">${t(pm.chooseOne, L)}</p>`}
          <div class="actions"><button class="btn" id="sms-next" ?disabled=${!ready} @click=${() => (this.step = { at: 'phone' })}>${t(pm.next, L)}</button>
            <button class="btn secondary" id="sms-stop" @click=${() => (this.step = { at: 'stop-phone' })}>${t(pm.stopInstead, L)}</button></div>`;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-sms-alerts': KioskSmsAlerts;
  }
}

import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { tokens, type Lang } from '@jobhall/ui-kit';
import '../jobs/kiosk-job-search.ts';
import '../jobs/kiosk-job-detail.ts';

/**
 * The hall's vacancies on a phone (互联网发布 2.2.2, 网上招聘 3.3.4): the page behind the QR codes on the kiosk
 * and on referral slips. ?id= opens one job; otherwise the same search as the kiosk.
 */
@customElement('phone-jobs-page')
export class PhoneJobsPage extends LitElement {
  @state() private jobId = Number(new URLSearchParams(location.search).get('id')) || 0;
  private readonly locale: Lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';

  static override styles = [tokens, css`
    :host { display: block; max-width: 900px; margin: 0 auto; overflow-wrap: anywhere; }
  `];

  private open(id: number) {
    this.jobId = id;
    history.pushState(null, '', `?id=${id}`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', () => (this.jobId = Number(new URLSearchParams(location.search).get('id')) || 0));
  }

  override render() {
    return this.jobId
      ? html`<kiosk-job-detail phone .jobId=${this.jobId} .locale=${this.locale}></kiosk-job-detail>`
      : html`<kiosk-job-search .locale=${this.locale} @open-job=${(e: HTMLElementEventMap['open-job']) => this.open(e.detail)}></kiosk-job-search>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-jobs-page': PhoneJobsPage;
  }
}

import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { TrackedItem, type StatusFlow } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type LocalizedText } from '@jobhall/ui-kit';
import { emit } from '../../events.ts';
import { visitorHeaders } from '../../jobs/visitor.ts';
import '../../kiosk-number-pad.ts';
import { problemOf } from '../../problem.ts';
import type { KioskSession } from '../../routing/route.ts';
import './kiosk-ref-pad.ts';
import './kiosk-tracked-item.ts';

const sm = {
  byRef: { zh: '输入编号和查询码', en: 'Enter the reference and check code' },
  refTitle: { zh: '输入回执上的编号', en: 'Enter the reference on your slip' },
  refHint: { zh: '例如 7K3M-9QXP 或 WQ20261126-0007', en: 'For example 7K3M-9QXP or WQ20261126-0007' },
  codeTitle: { zh: '输入 6 位查询码', en: 'Enter the 6-digit check code' },
  signIn: { zh: '登录后查看我的申请', en: 'Sign in to see my applications' },
  mine: { zh: '我的申请和推荐', en: 'My applications and referrals' },
  none: { zh: '还没有记录', en: 'Nothing yet' },
} satisfies Record<string, LocalizedText>;

/**
 * 查进度 at the kiosk (the status kind): a slip's reference and check code on big pads, or, for a signed-in job
 * seeker, their own submissions and referrals. It shows only what the public may see of each.
 */
@customElement('kiosk-status-lookup')
export class KioskStatusLookup extends LitElement {
  @property({ attribute: false }) definition!: StatusFlow;
  @property({ attribute: false }) session!: KioskSession;
  @state() private entering: 'ref' | 'code' | null = null;
  @state() private ref = '';
  @state() private found: TrackedItem | null = null;
  @state() private mine: TrackedItem[] | null = null;
  @state() private problem: LocalizedText | null = null;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px 40px; font-size: 24px; }
    h2 { font-size: 38px; margin: 0 0 8px; }
    h3 { font-size: 28px; }
    .intro { color: var(--jh-ink-soft); }
    .actions { display: flex; gap: 16px; flex-wrap: wrap; margin: 16px 0; }
    .actions .btn { min-height: 88px; font-size: 28px; }
    .problem { background: var(--jh-danger-bg); color: var(--jh-danger-ink); font-weight: 700; padding: 12px 16px; border-radius: var(--jh-radius); }
  `];

  private get seeker() {
    return this.session.visitor?.kind === 'seeker' ? this.session.visitor : null;
  }

  private get byRef(): boolean {
    return this.definition.finds.some((f) => f !== 'referral');
  }

  protected override willUpdate(): void {
    if (this.definition.signedIn && this.seeker && this.mine === null) void this.loadMine();
  }

  private async loadMine() {
    this.mine = [];
    try {
      const all = await api('/api/status/mine', z.array(TrackedItem), { headers: visitorHeaders(this.seeker) });
      this.mine = all.filter((i) => this.definition.finds.includes(i.source));
    } catch (err) {
      this.problem = problemOf(err);
    }
  }

  private async lookup(checkCode: string) {
    this.busy = true;
    this.problem = null;
    try {
      this.found = await api('/api/status/lookup', TrackedItem, { method: 'POST', body: { refNo: this.ref, checkCode } });
    } catch (err) {
      this.problem = problemOf(err);
      this.found = null;
    } finally {
      this.busy = false;
      this.entering = null;
    }
  }

  override render() {
    const d = this.definition;
    const L = this.session.locale;
    const tz = this.session.hall.timezone;
    return html`
      <h2>${t(d.title, L)}</h2>
      ${d.intro ? html`<p class="intro">${t(d.intro, L)}</p>` : nothing}
      ${this.problem ? html`<p class="problem" role="alert" id="status-problem">${t(this.problem, L)}</p>` : nothing}
      ${this.found ? html`<kiosk-tracked-item id="status-found" .item=${this.found} .locale=${L} .timeZone=${tz}></kiosk-tracked-item>` : nothing}
      <div class="actions">
        ${this.byRef ? html`<button class="btn" id="status-by-ref" @click=${() => ((this.entering = 'ref'), (this.found = null))}>${t(sm.byRef, L)}</button>` : nothing}
        ${d.signedIn && !this.seeker ? html`<button class="btn secondary" id="status-sign-in" @click=${() => emit(this, 'want-sign-in')}>${t(sm.signIn, L)}</button>` : nothing}
      </div>
      ${this.mine ? html`<h3>${t(sm.mine, L)}</h3>${this.mine.length ? this.mine.map((i) => html`<kiosk-tracked-item .item=${i} .locale=${L} .timeZone=${tz}></kiosk-tracked-item>`) : html`<p>${t(sm.none, L)}</p>`}` : nothing}
      ${this.entering === 'ref' ? html`<kiosk-ref-pad .locale=${L} .heading=${sm.refTitle} .hint=${sm.refHint} @keyboard-cancel=${() => (this.entering = null)}
        @text-entered=${(e: HTMLElementEventMap['text-entered']) => ((this.ref = e.detail), (this.entering = 'code'))}></kiosk-ref-pad>` : nothing}
      ${this.entering === 'code' ? html`<kiosk-number-pad .locale=${L} .heading=${sm.codeTitle} .hint=${{ zh: this.ref, en: this.ref }} .digitsNeeded=${6} .busy=${this.busy}
        @pad-cancel=${() => (this.entering = null)} @number-entered=${(e: HTMLElementEventMap['number-entered']) => void this.lookup(e.detail)}></kiosk-number-pad>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-status-lookup': KioskStatusLookup;
  }
}

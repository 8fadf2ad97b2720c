import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { Employer, EmployerCreated, EmployerKind, EmployerSignInCode, PlacementVocabulary } from '@jobhall/hub-server/contract';
import { api, buttons, tokens, loadVocabulary } from '@jobhall/ui-kit';
import { EMPLOYER_KIND, LICENCE_STATUS, problemText, type Vocabulary } from '../placement/placement-labels.ts';

/**
 * Employer accounts (用人单位会员, 3.2.1): staff open one after checking the business licence, and hand over the
 * 8-digit kiosk sign-in code, shown this once (the hub keeps only its hash). Agencies show their licence status;
 * one whose licence is not valid cannot publish.
 */
@customElement('admin-placement-employers')
export class AdminPlacementEmployers extends LitElement {
  @state() private items: Employer[] = [];
  @state() private vocab: Vocabulary | null = null;
  /** The code just issued, with whom it is for: on screen until the next action. */
  @state() private code: { name: string; creditCode: string; code: string } | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    form { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 10px 16px; padding: 16px; background: var(--jh-wash); border-radius: var(--jh-radius); }
    label { display: grid; gap: 4px; font-size: 15px; }
    label.check { display: inline-flex; align-items: center; gap: 8px; min-height: 44px; }
    label.check input { width: 20px; height: 20px; min-height: 0; }
    input, select { font: inherit; font-size: 15px; padding: 6px; min-height: 44px; box-sizing: border-box; border: 2px solid var(--jh-line); border-radius: 8px; }
    .actions { grid-column: 1 / -1; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 16px; }
    .code { margin: 16px 0; padding: 16px; border: 3px solid var(--jh-ok); border-radius: var(--jh-radius); }
    .code strong { font-size: 40px; letter-spacing: 6px; color: var(--jh-ok); }
    table { border-collapse: collapse; width: 100%; font-size: 15px; margin-top: 16px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    .licence-expired { color: var(--jh-danger-ink); font-weight: 700; }
    .licence-valid { color: var(--jh-ok); font-weight: 700; }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .msg { min-height: 24px; font-weight: 700; margin: 8px 0; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVocabulary().then((v) => (this.vocab = v)).catch(() => {});
    void this.load();
  }

  private async load() {
    try {
      this.items = await api('/api/employers', z.array(Employer));
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    const opt = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    this.code = null;
    try {
      const r = await api('/api/employers', EmployerCreated, {
        method: 'POST',
        body: {
          name: opt('name'), creditCode: opt('creditCode'), kind: EmployerKind.parse(f.get('kind')), licenceNo: opt('licenceNo'),
          licenceExpires: opt('licenceExpires'), alliance: f.get('alliance') === 'on', district: opt('district'),
          address: opt('address'), contactName: opt('contactName'), contactPhone: opt('contactPhone'),
        },
      });
      this.code = { name: r.employer.name, creditCode: r.employer.creditCode, code: r.signInCode };
      this.message = `已开户 Account opened: ${r.employer.name}`;
      form.reset();
      await this.load();
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async newCode(emp: Employer) {
    try {
      const r = await api(`/api/employers/${emp.id}/sign-in-code`, EmployerSignInCode, { method: 'POST' });
      this.code = { name: emp.name, creditCode: emp.creditCode, code: r.signInCode };
      this.message = '';
    } catch (err) {
      this.message = problemText(err);
    }
  }

  override render() {
    return html`
      <form @submit=${this.create} aria-label="开户 New employer account">
        <label>单位名称 Name<input name="name" id="employer-name" required minlength="2" maxlength="60" /></label>
        <label>统一社会信用代码 Credit code<input name="creditCode" id="employer-credit-code" required pattern="[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}" maxlength="18" /></label>
        <label>类型 Kind<select name="kind" id="employer-kind">${EmployerKind.options.map((k) => html`<option value=${k}>${EMPLOYER_KIND[k]}</option>`)}</select></label>
        <label>许可证号 Licence no.（中介/派遣 agencies）<input name="licenceNo" maxlength="40" /></label>
        <label>许可证有效期至 Licence valid until<input name="licenceExpires" type="date" /></label>
        <label>区 District<select name="district"><option value="">—</option>${(this.vocab?.districts ?? []).map((d) => html`<option value=${d.code}>${d.name}</option>`)}</select></label>
        <label>地址 Address<input name="address" maxlength="100" /></label>
        <label>联系人 Contact<input name="contactName" maxlength="20" /></label>
        <label>联系电话 Phone<input name="contactPhone" maxlength="13" /></label>
        <label class="check"><input type="checkbox" name="alliance" />再就业援助联盟 Assistance alliance</label>
        <div class="actions"><button class="btn" id="employer-create">开户并生成登录码 · Open account</button></div>
      </form>
      <div class="msg" role="status" id="employer-message">${this.message}</div>
      ${this.code
        ? html`<div class="code" id="employer-code" role="status">
            ${this.code.name}（${this.code.creditCode}）的自助机登录码 · Kiosk sign-in code: <strong>${this.code.code}</strong>
            <div class="sub">只显示这一次，请交给单位并当面核对。 · Shown only this once: hand it to the employer.</div>
          </div>`
        : nothing}
      <table id="employers">
        <thead><tr><th scope="col">单位 Employer</th><th scope="col">类型 Kind</th><th scope="col">许可证 Licence</th><th scope="col">联系 Contact</th><th scope="col"><span class="sub">操作 Actions</span></th></tr></thead>
        <tbody>${this.items.map((e) => html`<tr data-employer=${e.id}>
          <td><strong>${e.name}</strong>${e.alliance ? ' · 援助联盟 Alliance' : ''}<div class="sub">${e.creditCode}</div></td>
          <td>${EMPLOYER_KIND[e.kind]}</td>
          <td class="licence-${e.licence.status}">${LICENCE_STATUS[e.licence.status]}<div class="sub">${e.licence.number ?? ''} ${e.licence.expires ?? ''}</div></td>
          <td>${e.contactName ?? ''} ${e.contactPhone ?? ''}</td>
          <td><button class="btn secondary" id="new-code-${e.id}" @click=${() => this.newCode(e)}>新登录码 · New sign-in code</button></td>
        </tr>`)}</tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-placement-employers': AdminPlacementEmployers;
  }
}

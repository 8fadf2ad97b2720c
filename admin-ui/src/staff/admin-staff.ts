import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { ROLES, RoleId, StaffAccount, StaffCreated } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

const roleLabel = (r: RoleId) => `${ROLES[r].name.zh} ${ROLES[r].name.en}`;

/**
 * Staff accounts for administrators: open one with its roles, change the roles, disable or enable it, set a
 * new password. Each change ends or reshapes the account's sessions on the hub at once.
 */
@customElement('admin-staff')
export class AdminStaff extends LitElement {
  @state() private accounts: StaffAccount[] = [];
  @state() private message = '';
  @state() private problems: Array<{ path: string; message: string }> = [];

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    h2 + table, form + h2 { margin-top: 24px; }
    table { border-collapse: collapse; width: 100%; font-size: 16px; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--jh-line); vertical-align: top; }
    fieldset { border: 1px solid var(--jh-line); border-radius: 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; }
    legend { font-size: 15px; }
    label { display: inline-flex; gap: 6px; align-items: center; min-height: 32px; }
    input[type=checkbox] { width: 24px; height: 24px; margin: 0; }
    form label.field { display: grid; gap: 4px; }
    form { display: grid; gap: 12px; max-width: 720px; }
    input[type=text], input[type=password] { font: inherit; padding: 6px 10px; border: 2px solid var(--jh-line); border-radius: 6px; }
    .btn { min-height: 40px; font-size: 15px; padding: 0 12px; }
    .disabled { color: var(--jh-danger-ink); font-weight: 700; }
    .err { color: var(--jh-danger-ink); }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.accounts = await api('/api/staff/users', z.array(StaffAccount));
  }

  private checked(scope: Element): RoleId[] {
    return RoleId.options.filter((r) => scope.querySelector<HTMLInputElement>(`input[name="role"][value="${r}"]`)?.checked);
  }

  /** Runs one change, shows the hub's answer (or the fields it names), and reloads the list. */
  private async act(done: string, call: () => Promise<unknown>) {
    this.problems = [];
    try {
      await call();
      this.message = done;
      await this.load();
    } catch (err) {
      this.message = '';
      this.problems = err instanceof ApiProblem ? (err.issues.length ? err.issues : [{ path: '', message: err.text?.zh ?? err.message }]) : [{ path: '', message: String(err) }];
    }
  }

  private create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    const displayName = String(f.get('displayName') ?? '').trim();
    const body = { username: String(f.get('username') ?? '').trim(), password: String(f.get('password') ?? ''), roles: this.checked(form), ...(displayName ? { displayName } : {}) };
    void this.act(`已开通 · Opened: ${body.username}`, async () => {
      await api('/api/staff/users', StaffCreated, { method: 'POST', body });
      form.reset();
    });
  }

  private saveRoles(a: StaffAccount) {
    const row = this.renderRoot.querySelector(`tr[data-staff="${a.id}"]`)!;
    void this.act(`${a.username}: 角色已保存 · roles saved`, () => api(`/api/staff/users/${a.id}/roles`, StaffAccount, { method: 'PUT', body: { roles: this.checked(row) } }));
  }

  private setDisabled(a: StaffAccount, disabled: boolean) {
    void this.act(`${a.username}: ${disabled ? '已停用 · disabled' : '已启用 · enabled'}`, () =>
      api(`/api/staff/users/${a.id}/disabled`, StaffAccount, { method: 'POST', body: { disabled } }));
  }

  private resetPassword(a: StaffAccount) {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#password-${a.id}`)!;
    void this.act(`${a.username}: 密码已重设，原登录已失效 · new password set; sessions ended`, async () => {
      await api(`/api/staff/users/${a.id}/password`, StaffAccount, { method: 'POST', body: { password: input.value } });
      input.value = '';
    });
  }

  private roleBoxes(selected: readonly RoleId[], owner: string) {
    return html`<fieldset><legend>角色 Roles</legend>${RoleId.options.map((r) => html`<label>
      <input type="checkbox" name="role" value=${r} ?checked=${selected.includes(r)} aria-label="${owner} ${roleLabel(r)}" />${roleLabel(r)}</label>`)}</fieldset>`;
  }

  override render() {
    return html`
      <h2>开通账号 · Open an account</h2>
      <form id="new-staff" @submit=${this.create}>
        <label class="field">用户名 User name<input type="text" name="username" id="new-username" required autocomplete="off" /></label>
        <label class="field">姓名 Display name<input type="text" name="displayName" id="new-display-name" maxlength="64" /></label>
        <label class="field">初始密码（至少 10 位）Password (10+ characters)<input type="password" name="password" id="new-password" required minlength="10" autocomplete="new-password" /></label>
        ${this.roleBoxes([], '新账号 New account')}
        <div><button class="btn" id="create-staff">开通 · Open the account</button></div>
      </form>
      <p id="staff-status" role="status">${this.message}</p>
      ${this.problems.length ? html`<ul class="err" role="alert">${this.problems.map((p) => html`<li>${p.path} ${p.message}</li>`)}</ul>` : nothing}
      <h2>全部账号 · Accounts</h2>
      <table id="staff-accounts">
        <tr><th>账号 Account</th><th>角色 Roles</th><th>状态 State</th><th>新密码 New password</th></tr>
        ${this.accounts.map((a) => html`<tr data-staff=${a.id} data-username=${a.username}>
          <td><strong>${a.username}</strong><br />${a.displayName}</td>
          <td>${this.roleBoxes(a.roles, a.username)}<button class="btn secondary" id="roles-${a.id}" @click=${() => this.saveRoles(a)}>保存角色 · Save roles</button></td>
          <td>${a.disabled
            ? html`<span class="disabled">已停用 Disabled</span><br /><button class="btn secondary" id="enable-${a.id}" @click=${() => this.setDisabled(a, false)}>启用 · Enable</button>`
            : html`启用中 Active<br /><button class="btn danger" id="disable-${a.id}" @click=${() => this.setDisabled(a, true)}>停用 · Disable</button>`}</td>
          <td><input type="password" id="password-${a.id}" minlength="10" autocomplete="new-password" aria-label="${a.username} 新密码 New password" />
            <button class="btn secondary" id="reset-${a.id}" @click=${() => this.resetPassword(a)}>重设 · Set</button></td>
        </tr>`)}
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-staff': AdminStaff;
  }
}

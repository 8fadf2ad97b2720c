import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { SessionInfo } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { emit } from './events.ts';

/** Staff sign-in. On success it fires "logged-in" with the session (the cookie itself is httpOnly). */
@customElement('admin-login')
export class AdminLogin extends LitElement {
  @state() private error: string | null = null;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: grid; place-items: center; min-height: 80vh; }
    form { background: var(--jh-paper); padding: 32px 40px; border-radius: var(--jh-radius); display: grid; gap: 16px; min-width: 360px; font-size: 18px; }
    h1 { margin: 0 0 8px; font-size: 26px; }
    label { display: grid; gap: 6px; }
    input { font: inherit; padding: 10px 12px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .error { color: var(--jh-danger-ink); background: var(--jh-danger-bg); padding: 8px 12px; border-radius: 8px; }
  `];

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    this.busy = true;
    this.error = null;
    try {
      const session = await api('/api/staff/login', SessionInfo, {
        method: 'POST', body: { username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') },
      });
      emit(this, 'logged-in', session);
    } catch (err) {
      this.error = err instanceof ApiProblem && err.status === 401 ? '用户名或密码不正确 · Wrong user name or password' : `登录失败 · Login failed: ${(err as Error).message}`;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form @submit=${this.submit}>
      <h1>工作人员登录 · Staff login</h1>
      <label>用户名 · User name<input name="username" id="username" autocomplete="username" required /></label>
      <label>密码 · Password<input name="password" id="password" type="password" autocomplete="current-password" required /></label>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
      <button class="btn" id="login" ?disabled=${this.busy}>登录 · Log in</button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-login': AdminLogin;
  }
}

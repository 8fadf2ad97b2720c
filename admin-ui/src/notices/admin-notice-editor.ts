import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Notice } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

/** Publish a notice to every lobby screen: title and text in Chinese and English. */
@customElement('admin-notice-editor')
export class AdminNoticeEditor extends LitElement {
  @state() private status = '';
  @state() private problems: Array<{ path: string; message: string }> = [];

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    form { display: grid; grid-template-columns: 1fr 1fr; gap: 12px 24px; }
    label { display: grid; gap: 4px; font-size: 16px; }
    input, textarea { font: inherit; padding: 8px 10px; border: 2px solid var(--jh-line); border-radius: 8px; }
    textarea { min-height: 90px; }
    .actions { grid-column: 1 / -1; display: flex; gap: 16px; align-items: center; }
    .err { color: var(--jh-danger-ink); }
  `];

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const formEl = e.target as HTMLFormElement;
    const f = new FormData(formEl);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    this.problems = [];
    try {
      const notice = await api('/api/notices', Notice, {
        method: 'POST',
        body: { title: { zh: v('titleZh'), en: v('titleEn') }, body: { zh: v('bodyZh'), en: v('bodyEn') } },
      });
      this.status = `已发布 · Published: ${notice.title.zh}`;
      formEl.reset();
    } catch (err) {
      this.status = '';
      this.problems = err instanceof ApiProblem ? (err.issues.length ? err.issues : [{ path: '', message: err.message }]) : [{ path: '', message: String(err) }];
    }
  }

  override render() {
    return html`
      <h2>发布公告 · Publish a notice</h2>
      <form @submit=${this.submit}>
        <label>标题（中文）<input name="titleZh" id="title-zh" required maxlength="200" /></label>
        <label>Title (English)<input name="titleEn" id="title-en" required maxlength="200" /></label>
        <label>内容（中文）<textarea name="bodyZh" id="body-zh" required maxlength="2000"></textarea></label>
        <label>Text (English)<textarea name="bodyEn" id="body-en" required maxlength="2000"></textarea></label>
        <div class="actions">
          <button class="btn" id="publish">发布到大厅屏幕 · Publish to the screens</button>
          <span id="notice-status" role="status">${this.status}</span>
        </div>
      </form>
      ${this.problems.length ? html`<ul class="err" role="alert">${this.problems.map((p) => html`<li>${p.path} ${p.message}</li>`)}</ul>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-notice-editor': AdminNoticeEditor;
  }
}

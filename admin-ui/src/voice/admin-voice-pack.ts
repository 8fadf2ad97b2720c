import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  ApiError, CSRF_HEADER, MAX_CLIP_BYTES, MAX_CLIP_MS, SessionInfo, VoiceClipInfo, VoiceManifest,
} from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

const GROUPS: Array<{ title: string; match: (key: string) => boolean }> = [
  { title: '提示音 · Chime', match: (k) => k === 'chime' },
  { title: '普通话 · Mandarin', match: (k) => k.startsWith('zh-') },
  { title: '字母 · Letters (both languages)', match: (k) => k.startsWith('letter-') },
  { title: 'English', match: (k) => k.startsWith('en-') },
];

/**
 * The voice pack of the call screens: listen to each clip, replace it with a recording (a PCM WAV), or go back
 * to the synthesised default. Screens pick up a change within a minute, without a reload.
 */
@customElement('admin-voice-pack')
export class AdminVoicePack extends LitElement {
  @state() private clips: VoiceClipInfo[] = [];
  @state() private busy: string | null = null;
  @state() private status = '';
  @state() private problems: Array<{ path: string; message: string }> = [];
  private audio: HTMLAudioElement | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 8px; }
    h3 { margin: 20px 0 8px; font-size: 18px; }
    p.hint { margin: 0 0 12px; font-size: 15px; color: var(--jh-ink-soft); }
    /* Fixed columns, so the four group tables line up. */
    table { width: 100%; border-collapse: collapse; font-size: 16px; table-layout: fixed; }
    td:nth-child(1) { width: 22%; }
    td:nth-child(2) { width: 24%; }
    td:nth-child(3) { width: 10%; }
    td:nth-child(4) { width: 14%; }
    td { padding: 6px 8px; border-bottom: 1px solid var(--jh-line); vertical-align: middle; }
    td.text { font-size: 20px; }
    td.ms { text-align: right; font-variant-numeric: tabular-nums; }
    .custom { color: var(--jh-primary); font-weight: 700; }
    .btn { min-height: 40px; min-width: 44px; padding: 0 12px; font-size: 15px; }
    label.btn { display: inline-flex; align-items: center; }
    label.btn:focus-within { outline: 4px solid var(--jh-focus); outline-offset: 2px; }
    input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; }
    .err { color: var(--jh-danger-ink); }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.audio?.pause();
  }

  private async load() {
    try {
      this.clips = (await api('/api/voice/manifest', VoiceManifest)).clips;
    } catch (err) {
      this.fail(err);
    }
  }

  private play(clip: VoiceClipInfo) {
    this.audio?.pause();
    this.audio = new Audio(clip.url);
    void this.audio.play().catch((err: Error) => (this.status = `无法播放 · Cannot play: ${err.message}`));
  }

  /**
   * A state-changing request with the CSRF token. Uploads are the raw WAV file, which api() (JSON only) cannot
   * send, so the token is read from /api/staff/me rather than from the page's login state.
   */
  private async send(method: 'PUT' | 'DELETE', key: string, file?: File): Promise<VoiceClipInfo> {
    const { csrfToken } = await api('/api/staff/me', SessionInfo);
    const res = await fetch(`/api/voice/clips/${key}`, {
      method, credentials: 'same-origin', body: file,
      headers: { [CSRF_HEADER]: csrfToken, ...(file ? { 'content-type': 'audio/wav' } : {}) },
    });
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const e = ApiError.safeParse(json);
      throw new ApiProblem(res.status, e.success ? e.data.message : res.statusText, undefined, undefined, e.success ? (e.data.issues ?? []) : []);
    }
    return VoiceClipInfo.parse(json);
  }

  private async change(clip: VoiceClipInfo, file: File | undefined, done: string) {
    this.problems = [];
    this.status = '';
    this.busy = clip.key;
    try {
      this.replace(await this.send(file ? 'PUT' : 'DELETE', clip.key, file));
      this.status = `${done}: ${clip.text}`;
    } catch (err) {
      this.fail(err);
    } finally {
      this.busy = null;
    }
  }

  private upload(clip: VoiceClipInfo, input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_CLIP_BYTES) {
      this.status = '';
      this.problems = [{ path: 'file', message: `larger than ${MAX_CLIP_BYTES / 1024 / 1024} MiB` }];
      return;
    }
    void this.change(clip, file, '已替换 · Replaced');
  }

  private replace(info: VoiceClipInfo) {
    this.clips = this.clips.map((c) => (c.key === info.key ? info : c));
  }

  private fail(err: unknown) {
    this.status = '';
    this.problems = err instanceof ApiProblem ? (err.issues.length ? err.issues : [{ path: '', message: err.message }]) : [{ path: '', message: String(err) }];
  }

  private row(c: VoiceClipInfo) {
    const busy = this.busy === c.key;
    return html`<tr data-key=${c.key}>
      <td class="text" lang=${c.lang === 'en' ? 'en' : 'zh-CN'}>${c.text}</td>
      <td><code>${c.key}</code></td>
      <td class="ms">${(c.durationMs / 1000).toFixed(2)} s</td>
      <td class=${c.source}>${c.source === 'custom' ? '自定义 custom' : '默认 default'}</td>
      <td>
        <button class="btn secondary play" aria-label="播放 Play ${c.text}" @click=${() => this.play(c)}>▶</button>
        <label class="btn secondary upload">替换 Replace…
          <input type="file" accept=".wav,audio/wav" ?disabled=${busy} @change=${(e: Event) => this.upload(c, e.target as HTMLInputElement)} />
        </label>
        ${c.source === 'custom'
          ? html`<button class="btn secondary revert" ?disabled=${busy} @click=${() => this.change(c, undefined, '已恢复默认 · Back to default')}>恢复默认 Revert</button>`
          : nothing}
      </td>
    </tr>`;
  }

  override render() {
    return html`
      <h2>叫号语音包 · Call voice pack</h2>
      <p class="hint">
        每段录音替换一个词：PCM WAV，最长 ${MAX_CLIP_MS / 1000} 秒，前后不留空白。· Each recording replaces one word: PCM WAV,
        at most ${MAX_CLIP_MS / 1000} s, without silence before or after. Call screens pick changes up within a minute.
      </p>
      <span id="voice-status" role="status">${this.status}</span>
      ${this.problems.length ? html`<ul class="err" role="alert">${this.problems.map((p) => html`<li>${p.path} ${p.message}</li>`)}</ul>` : nothing}
      ${GROUPS.map((g) => {
        const list = this.clips.filter((c) => g.match(c.key));
        return list.length ? html`<h3>${g.title}</h3><table>${list.map((c) => this.row(c))}</table>` : nothing;
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-voice-pack': AdminVoicePack;
  }
}

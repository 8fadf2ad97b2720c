import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { HallView, type CallEvent, type Notice, type NowCalling } from '@jobhall/hub-server/contract';
import { RealtimeController, api, tokens } from '@jobhall/ui-kit';
import { applyCall, applySnapshot, emptyBoard, type CallBoard } from './call-board.ts';
import { VoiceController, voiceOptions } from './voice/voice-controller.ts';
import './signage-now-calling.ts';
import './signage-notice.ts';
import './signage-clock.ts';
import './jobs/signage-job-board.ts';
import { JobFeedController, refreshMs } from './jobs/job-feed.ts';
import { PanelController } from './jobs/panel-controller.ts';

declare global {
  interface Window {
    /** Set when a call is on screen: read by the benchmark (call → render) and by browser tests. */
    __jobhallRendered?: Array<{ seq: number; at: number }>;
  }
}

/** `?screen=jobs`: a screen that shows only the job board (and does not speak calls it does not show). */
const JOBS_SCREEN = new URLSearchParams(location.search).get('screen') === 'jobs';

/**
 * The lobby screen: "now calling" on the left, the current notice on the right (taking turns with a compact job
 * list while no call is fresh), waiting counts below. Calls and notices arrive over MQTT; the job list is polled
 * (jobs/job-feed.ts), and the page never needs a reload. With `?screen=jobs` the job board fills the screen.
 */
@customElement('signage-app')
export class SignageApp extends LitElement {
  @state() private board: CallBoard = emptyBoard;
  @state() private notice: Notice | null = null;
  /** The hall's time zone, for the clock and the fairs of the day; the hall's own default until /api/hall answers. */
  @state() private timeZone = 'Asia/Shanghai';
  private readonly realtime = new RealtimeController(this);
  private readonly voice = new VoiceController(this, { ...voiceOptions(location.search), ...(JOBS_SCREEN ? { enabled: false } : {}) });
  private readonly feed = new JobFeedController(this, refreshMs(location.search));
  private readonly panel = new PanelController(this, () => ({ hasNotice: !!this.notice, hasJobs: this.feed.jobs.length > 0 }));

  static override styles = [tokens, css`
    :host {
      display: grid; height: 100vh; grid-template-rows: auto 1fr auto; grid-template-columns: 3fr 2fr;
      grid-template-areas: 'head head' 'calls notice' 'waiting waiting'; background: #0d1b2a; color: #fff;
    }
    header { grid-area: head; display: flex; justify-content: space-between; align-items: center; padding: 16px 40px; background: #0a58a8; font-size: 34px; font-weight: 700; }
    signage-now-calling { grid-area: calls; }
    signage-notice { grid-area: notice; }
    signage-notice[hidden] { display: none; }
    signage-job-board[compact] { grid-area: notice; }
    signage-job-board.full { grid-row: 1 / -1; grid-column: 1 / -1; }
    footer { grid-area: waiting; display: flex; gap: 16px; padding: 16px 40px; background: #13263a; font-size: 26px; flex-wrap: wrap; }
    footer span { background: #1d3a57; border-radius: 10px; padding: 8px 16px; }
    .offline { color: #ffd166; font-size: 22px; }
    #enable-sound { font: inherit; font-size: 22px; cursor: pointer; background: #ffd166; color: #0d1b2a; border: 0; border-radius: 10px; padding: 8px 16px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    window.__jobhallRendered = [];
    void this.loadHall();
    this.realtime.on('nowCalling', (snap: NowCalling) => (this.board = applySnapshot(this.board, snap)));
    this.realtime.on('calls', (call: CallEvent) => {
      const next = applyCall(this.board, call);
      if (!next) return;
      this.board = next;
      this.panel.callArrived();
      // Only live calls are spoken; the retained snapshot after a (re)connect may be long past.
      this.voice.announce(call);
    });
    this.realtime.on('notice', ({ notice }) => {
      this.notice = notice;
      if (notice) this.panel.noticeArrived();
    });
  }

  private async loadHall(): Promise<void> {
    try {
      this.timeZone = (await api('/api/hall', HallView)).timezone;
    } catch {
      setTimeout(() => void this.loadHall(), 5000);
    }
  }

  protected override updated(): void {
    const seq = this.board.current?.seq;
    const log = window.__jobhallRendered!;
    if (seq && log.at(-1)?.seq !== seq) log.push({ seq, at: performance.timeOrigin + performance.now() });
  }

  override render() {
    const feed = this.feed;
    if (JOBS_SCREEN) return html`<signage-job-board class="full" .timeZone=${this.timeZone} .jobs=${feed.jobs} .total=${feed.total} .fairs=${feed.fairs}></signage-job-board>`;
    return html`
      <header>
        <span>叫号 · Now calling</span>
        ${this.realtime.state === 'offline' ? html`<span class="offline">连接中断，正在重连 · reconnecting</span>` : nothing}
        ${this.voice.blocked
          ? html`<button id="enable-sound" @click=${() => this.voice.unlock()}>点击启用语音播报 · Click to enable sound</button>`
          : nothing}
        <signage-clock .timeZone=${this.timeZone}></signage-clock>
      </header>
      <signage-now-calling .board=${this.board}></signage-now-calling>
      <signage-notice .notice=${this.notice} ?hidden=${this.panel.show === 'jobs'}></signage-notice>
      <signage-job-board compact .timeZone=${this.timeZone} ?hidden=${this.panel.show !== 'jobs'} .jobs=${feed.jobs} .total=${feed.total} .fairs=${feed.fairs}></signage-job-board>
      <footer id="waiting">
        ${this.board.waiting.map((w) => html`<span data-queue=${w.queueId}>${w.prefix} ${w.name.zh} · 等候 ${w.count} 人${w.waitingArea
          ? html`<small> · 在 ${w.waitingArea.zh}等候 · wait in ${w.waitingArea.en}</small>` : nothing}</span>`)}
      </footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-app': SignageApp;
  }
}

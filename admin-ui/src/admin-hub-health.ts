import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Health } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';

/** What staff should know and do, per problem, in both languages. */
const PROBLEMS = {
  full: '数据磁盘已满：新的取号、登记和申请无法保存。请清理磁盘空间或联系技术支持。 · The data disk is full: new tickets, registrations and forms cannot be saved. Free disk space or call support.',
  'read-only': '数据磁盘为只读：无法保存任何内容。请联系技术支持。 · The data disk is read-only: nothing can be saved. Call support.',
  io: '数据磁盘写入失败：可能无法保存。请联系技术支持。 · The data disk is failing writes: saving may not work. Call support.',
  db: '数据库无法读取。请联系技术支持。 · The database cannot be read. Call support.',
  broker: '消息服务器未连接：叫号屏、打印机和短信暂停，恢复后自动补发。 · The message broker is down: screens, printers and SMS wait and catch up when it is back.',
} as const;

/**
 * The hub's own health across the top of the admin, red while something is wrong with it (a full or read-only
 * disk, the database, the broker) and gone once it is well. Polled, since a hub with a full disk is exactly the
 * one that cannot be trusted to announce it.
 */
@customElement('admin-hub-health')
export class AdminHubHealth extends LitElement {
  @state() private problems: Array<keyof typeof PROBLEMS> = [];
  private timer: ReturnType<typeof setInterval> | null = null;

  static override styles = [tokens, css`
    :host { display: block; }
    p { margin: 0; padding: 12px 24px; background: #b3261e; color: #fff; font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.check();
    this.timer = setInterval(() => void this.check(), 10_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async check(): Promise<void> {
    try {
      // 503 is how health says "degraded": its body is still the report.
      const h = Health.parse(await (await fetch('/api/health')).json());
      const found: Array<keyof typeof PROBLEMS> = [];
      if (h.storage !== 'ok') found.push(h.storage);
      if (h.db !== 'ok') found.push('db');
      if (h.broker !== 'ok') found.push('broker');
      this.problems = found;
    } catch {
      // The hub did not answer: the page's own requests will say so.
    }
  }

  override render() {
    return this.problems.length ? this.problems.map((p) => html`<p role="alert" data-problem=${p}>${PROBLEMS[p]}</p>`) : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-hub-health': AdminHubHealth;
  }
}

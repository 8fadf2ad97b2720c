import { EventEmitter } from 'node:events';

export interface HubWatchOptions {
  hubUrl: string;
  /** How often the hub is asked. */
  everyMs?: number;
  /** Missed answers in a row before the hub counts as away: one lost packet must not pause a visitor. */
  downAfter?: number;
}

/**
 * Asks the hub's health endpoint every 2 s. Any HTTP answer counts as "up" (a hub whose database is slow is
 * still there); no answer three times running counts as "down". Emits only changes.
 */
export class HubWatch extends EventEmitter<{ up: []; down: [reason: string] }> {
  private timer: NodeJS.Timeout | null = null;
  private missed = 0;
  private state: 'up' | 'down' | null = null;

  constructor(private readonly o: HubWatchOptions) {
    super();
  }

  get reachable(): boolean {
    return this.state === 'up';
  }

  start(): void {
    const every = this.o.everyMs ?? 2000;
    const look = () => void this.look(every).finally(() => {
      if (this.timer) this.timer = setTimeout(look, every);
    });
    this.timer = setTimeout(look, 0);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Whether the hub answers now (one look). */
  async answers(timeoutMs: number): Promise<boolean> {
    try {
      await fetch(`${this.o.hubUrl}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
      return true;
    } catch {
      return false;
    }
  }

  private async look(every: number): Promise<void> {
    const ok = await this.answers(Math.min(every, 1500));
    if (ok) {
      this.missed = 0;
      if (this.state !== 'up') {
        this.state = 'up';
        this.emit('up');
      }
      return;
    }
    this.missed++;
    if (this.state !== 'down' && (this.state === null || this.missed >= (this.o.downAfter ?? 3))) {
      this.state = 'down';
      this.emit('down', `no answer from ${this.o.hubUrl} ${this.missed} time(s)`);
    }
  }
}

import type { LedArea, LedBoardView } from '@jobhall/hub-server/contract';

/**
 * An asynchronous LED controller card (Onbon BX-5/6 and alike): window lines and text areas live in its RAM
 * "dynamic areas" — unlimited writes, lost on power-off — and its stored program in flash, rated for about
 * 100,000 erase cycles. Everything the hub sends changes often, so it all goes to RAM; only `setProgram`
 * (what the board shows with nothing else to show, set once at installation) writes flash.
 */
export interface LedBoard {
  show(window: number, text: string, brightness: number | null): Promise<void>;
  /** A RAM text area; null text clears it. An exclusive area pauses everything else until it is cleared. */
  area(area: LedArea): Promise<void>;
  /** What the board draws now. */
  view(): LedBoardView;
  /** Told after every change, so the agent can publish the view. */
  onChange(listener: () => void): void;
  close(): Promise<void>;
}

export interface LedLineRecord {
  window: number;
  text: string;
  brightness: number;
  at: string;
}

interface AreaState {
  text: string;
  mode: LedArea['mode'];
  timer: NodeJS.Timeout | null;
}

/**
 * The demo's LED boards: every write is logged as it would be sent and counted by where it goes (RAM or flash),
 * and the board keeps what it would show — window lines, the ticker, an exclusive alert — the way the card does,
 * dropping an area by itself when its timeout passes without an update.
 */
export class SimLedBoard implements LedBoard {
  readonly lines = new Map<number, LedLineRecord>();
  readonly history: LedLineRecord[] = [];
  private brightness = new Map<number, number>();
  private readonly areas = new Map<LedArea['area'], AreaState>();
  private program = '';
  private ramWrites = 0;
  private flashWrites = 0;
  private listeners: Array<() => void> = [];

  constructor(private readonly print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}

  async show(window: number, text: string, brightness: number | null): Promise<void> {
    if (brightness !== null) this.brightness.set(window, brightness);
    const record = { window, text, brightness: this.brightness.get(window) ?? 100, at: new Date().toISOString() };
    this.lines.set(window, record);
    this.history.push(record);
    if (this.history.length > 500) this.history.shift();
    this.ramWrites++;
    this.print(`[LED ${String(window).padStart(2, ' ')}号窗口 亮度${record.brightness}%] ${text}`);
    this.changed();
  }

  async area(a: LedArea): Promise<void> {
    const old = this.areas.get(a.area);
    if (old?.timer) clearTimeout(old.timer);
    this.ramWrites++;
    if (a.text === null) {
      this.areas.delete(a.area);
      this.print(`[LED ${a.area}] (cleared)`);
    } else {
      // The card's "hide after a timeout without updates" run mode: an alert nobody clears goes by itself.
      const timer = a.timeoutS > 0 ? setTimeout(() => this.expire(a.area), a.timeoutS * 1000) : null;
      timer?.unref();
      this.areas.set(a.area, { text: a.text, mode: a.mode, timer });
      this.print(`[LED ${a.area}${a.mode === 'exclusive' ? ' 独占 exclusive' : ''}] ${a.text}`);
    }
    this.changed();
  }

  /** The stored program, in flash: for installation, never for anything the hub sends. */
  setProgram(text: string): void {
    if (text === this.program) return;
    this.program = text;
    this.flashWrites++;
    this.changed();
  }

  view(): LedBoardView {
    const exclusive = [...this.areas.values()].some((a) => a.mode === 'exclusive');
    return {
      // While an exclusive area is up the card shows nothing else.
      windows: exclusive ? [] : [...this.lines.values()].sort((a, b) => a.window - b.window).map(({ window, text, brightness }) => ({ window, text, brightness })),
      ticker: exclusive ? null : this.areas.get('ticker')?.text ?? (this.program || null),
      alert: this.areas.get('alert')?.text ?? null,
      ramWrites: this.ramWrites,
      flashWrites: this.flashWrites,
      at: new Date().toISOString(),
    };
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {
    for (const a of this.areas.values()) if (a.timer) clearTimeout(a.timer);
    this.listeners = [];
  }

  private expire(area: LedArea['area']): void {
    this.areas.delete(area);
    this.print(`[LED ${area}] (timed out)`);
    this.changed();
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

/** One window's LED strip (条屏). */
export interface LedBoard {
  show(window: number, text: string, brightness: number | null): Promise<void>;
  close(): Promise<void>;
}

export interface LedLineRecord {
  window: number;
  text: string;
  brightness: number;
  at: string;
}

/**
 * The demo's LED boards: each line is logged as it would be sent, and the current line per window is kept,
 * since asynchronous LED cards keep call lines in RAM dynamic areas rather than flash.
 */
export class SimLedBoard implements LedBoard {
  readonly lines = new Map<number, LedLineRecord>();
  readonly history: LedLineRecord[] = [];
  private brightness = new Map<number, number>();

  constructor(private readonly print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}

  async show(window: number, text: string, brightness: number | null): Promise<void> {
    if (brightness !== null) this.brightness.set(window, brightness);
    const record = { window, text, brightness: this.brightness.get(window) ?? 100, at: new Date().toISOString() };
    this.lines.set(window, record);
    this.history.push(record);
    if (this.history.length > 500) this.history.shift();
    this.print(`[LED ${String(window).padStart(2, ' ')}号窗口 亮度${record.brightness}%] ${text}`);
  }

  async close(): Promise<void> {}
}

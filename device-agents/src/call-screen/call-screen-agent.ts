import type { LedArea, LedLine, TopicBus } from '@jobhall/hub-server/contract';
import { DeviceAgent, type AgentConnection } from '../agent/device-agent.ts';
import type { AgentLog } from '../agent/log.ts';
import type { LedBoard } from './led-board.ts';

export interface CallScreenAgentOptions {
  connection: AgentConnection;
  board: LedBoard;
  log: AgentLog;
}

type AckTopic = 'ledShown' | 'ledAreaShown';

/** Correlation ids remembered, so a QoS 1 redelivery is acknowledged again but not shown twice. */
const REMEMBER = 200;

/**
 * Drives the hall's LED boards: the line of each window, and the text areas the signage sends (the ticker,
 * and in an emergency an exclusive alert). Each command is written to the board and acknowledged with its
 * correlation id; what the board shows is published retained after every change.
 */
export class CallScreenAgent extends DeviceAgent {
  private unsubscribe: Array<() => Promise<void>> = [];
  private readonly shown: string[] = [];
  private viewTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: CallScreenAgentOptions) {
    super(opts.connection, 'call-screen', opts.log);
  }

  protected async onStart(bus: TopicBus): Promise<void> {
    this.opts.board.onChange(() => this.publishViewSoon());
    this.unsubscribe = [
      await bus.subscribe('ledLine', (line) => void this.run('ledShown', line.correlationId, () => this.showLine(line)), { deviceId: this.deviceId }),
      await bus.subscribe('ledArea', (area) => void this.run('ledAreaShown', area.correlationId, () => this.showArea(area)), { deviceId: this.deviceId }),
    ];
  }

  protected async onStop(): Promise<void> {
    if (this.viewTimer) clearTimeout(this.viewTimer);
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => {})));
    await this.opts.board.close();
  }

  protected override onConnect(): void {
    this.publishViewSoon();
  }

  private async showLine(line: LedLine): Promise<void> {
    await this.opts.board.show(line.window, line.text, line.brightness);
    this.log.info({ window: line.window, text: line.text }, 'LED line shown');
  }

  private async showArea(area: LedArea): Promise<void> {
    await this.opts.board.area(area);
    this.log.info({ area: area.area, text: area.text }, 'LED area shown');
  }

  private async run(reply: AckTopic, correlationId: string, show: () => Promise<void>): Promise<void> {
    // Shown already: a QoS 1 redelivery, or the hub sending again because our acknowledgement was lost.
    // Acknowledge again, show nothing twice.
    if (this.shown.includes(correlationId)) return this.acknowledge(reply, correlationId);
    this.shown.push(correlationId);
    if (this.shown.length > REMEMBER) this.shown.shift();
    try {
      await show();
    } catch (err) {
      this.log.warn({ correlationId, err: (err as Error).message }, 'LED command not shown');
      // Not shown and not acknowledged: the hub's next send gets another try.
      this.shown.splice(this.shown.indexOf(correlationId), 1);
      return;
    }
    await this.acknowledge(reply, correlationId);
  }

  private async acknowledge(topic: AckTopic, correlationId: string): Promise<void> {
    await this.bus?.publish(topic, { deviceId: this.deviceId }, { correlationId, at: new Date().toISOString() })
      .catch((err: Error) => this.log.warn({ correlationId, err: err.message }, 'LED acknowledgement not published'));
  }

  /** A burst of calls changes the board many times a second; the view is published at most every 200 ms. */
  private publishViewSoon(): void {
    if (this.viewTimer) return;
    this.viewTimer = setTimeout(() => {
      this.viewTimer = null;
      void this.bus?.publish('ledBoard', { deviceId: this.deviceId }, this.opts.board.view())
        .catch((err: Error) => this.log.warn({ err: err.message }, 'LED board view not published'));
    }, 200);
  }
}

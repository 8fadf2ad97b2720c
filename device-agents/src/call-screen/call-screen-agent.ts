import type { LedLine, TopicBus } from '@jobhall/hub-server/contract';
import { DeviceAgent, type AgentConnection } from '../agent/device-agent.ts';
import type { AgentLog } from '../agent/log.ts';
import type { LedBoard } from './led-board.ts';

export interface CallScreenAgentOptions {
  connection: AgentConnection;
  board: LedBoard;
  log: AgentLog;
}

/**
 * Drives the LED line of each window: takes LED commands from the hub, writes them to the board, and
 * acknowledges each with its correlation id so the hub knows the line is up.
 */
export class CallScreenAgent extends DeviceAgent {
  private unsubscribe: Array<() => Promise<void>> = [];
  /** Correlation ids already shown: a QoS 1 redelivery must not flash the line twice. */
  private readonly shown: string[] = [];

  constructor(private readonly opts: CallScreenAgentOptions) {
    super(opts.connection, 'call-screen', opts.log);
  }

  protected async onStart(bus: TopicBus): Promise<void> {
    this.unsubscribe = [
      await bus.subscribe('ledLine', (line) => void this.show(line), { deviceId: this.deviceId }),
    ];
  }

  protected async onStop(): Promise<void> {
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => {})));
    await this.opts.board.close();
  }

  private async show(line: LedLine): Promise<void> {
    // Shown already: a QoS 1 redelivery, or the hub sending again because our acknowledgement was lost.
    // Acknowledge again, show nothing twice.
    if (this.shown.includes(line.correlationId)) return this.acknowledge(line.correlationId);
    this.shown.push(line.correlationId);
    if (this.shown.length > 200) this.shown.shift();
    try {
      await this.opts.board.show(line.window, line.text, line.brightness);
      this.log.info({ window: line.window, text: line.text }, 'LED line shown');
    } catch (err) {
      this.log.warn({ window: line.window, err: (err as Error).message }, 'LED line not shown');
      // Not shown and not acknowledged: the hub's next send of this line gets another try.
      this.shown.splice(this.shown.indexOf(line.correlationId), 1);
      return;
    }
    await this.acknowledge(line.correlationId);
  }

  private async acknowledge(correlationId: string): Promise<void> {
    await this.bus?.publish('ledShown', { deviceId: this.deviceId }, { correlationId, at: new Date().toISOString() })
      .catch((err: Error) => this.log.warn({ correlationId, err: err.message }, 'LED acknowledgement not published'));
  }
}

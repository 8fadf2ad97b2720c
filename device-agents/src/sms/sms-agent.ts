import type { SmsCommand, TopicBus } from '@jobhall/hub-server/contract';
import { DeviceAgent, type AgentConnection } from '../agent/device-agent.ts';
import type { AgentLog } from '../agent/log.ts';
import type { SmsGateway } from './gateways.ts';

export interface SmsAgentOptions {
  connection: AgentConnection;
  gateway: SmsGateway;
  log: AgentLog;
}

/** Message ids remembered so a QoS 1 redelivery never sends a visitor the same SMS twice. */
const REMEMBER = 1000;

/** Sends the hall's text messages through a gateway and reports each result to the hub. */
export class SmsAgent extends DeviceAgent {
  private unsubscribe: Array<() => Promise<void>> = [];
  private stopListening: (() => void) | null = null;
  private received = 0;
  private readonly seen: string[] = [];

  constructor(private readonly opts: SmsAgentOptions) {
    super(opts.connection, 'sms', opts.log);
  }

  protected async onStart(bus: TopicBus): Promise<void> {
    this.unsubscribe = [await bus.subscribe('smsSend', (cmd) => void this.send(cmd), { deviceId: this.deviceId })];
    // Replies go to the hub as they come; the agent keeps no copy of who wrote.
    this.stopListening = this.opts.gateway.onReceive?.((sms) => {
      const messageId = `${this.deviceId}:${Date.now()}:${++this.received}`;
      this.bus
        ?.publish('smsReceived', { deviceId: this.deviceId }, { messageId, from: sms.from, text: sms.text.slice(0, 500), at: new Date().toISOString() })
        .catch((err: Error) => this.log.warn({ err: err.message }, 'received SMS not handed to the hub'));
    }) ?? null;
  }

  protected async onStop(): Promise<void> {
    this.stopListening?.();
    this.stopListening = null;
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => {})));
  }

  private async send(cmd: SmsCommand): Promise<void> {
    if (this.seen.includes(cmd.messageId)) return;
    this.seen.push(cmd.messageId);
    if (this.seen.length > REMEMBER) this.seen.shift();
    let state: 'sent' | 'failed' = 'sent';
    let error: string | undefined;
    try {
      await this.opts.gateway.send(cmd.to, cmd.text);
    } catch (err) {
      state = 'failed';
      error = (err as Error).message.slice(0, 300);
      this.log.warn({ messageId: cmd.messageId, err: error }, 'SMS not sent');
    }
    this.bus
      ?.publish('smsResult', { deviceId: this.deviceId }, { messageId: cmd.messageId, correlationId: cmd.correlationId, state, ...(error && { error }), at: new Date().toISOString() })
      .catch((err: Error) => this.log.warn({ err: err.message }, 'SMS result not published'));
  }
}

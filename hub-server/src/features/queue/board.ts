import type { CallEvent, NowCalling } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { serviceDay } from './hall-clock.ts';
import type { TicketStore } from './store.ts';

const RECENT_CALLS = 6;

/** What every call screen and LED board is told: the call itself, the retained board, the window's line. */
export class CallBoard {
  constructor(
    private readonly hub: HubContext,
    private readonly store: TicketStore,
  ) {}

  nowCalling(): NowCalling {
    const recent = this.store.recentCalls(RECENT_CALLS);
    const waiting = this.store.waitingByQueue(serviceDay(this.hub.now(), this.hub.catalogue.hall.timezone));
    return {
      current: recent[0] ?? null,
      recent,
      waiting: this.hub.catalogue.hall.queues.map((q) => ({ queueId: q.id, name: q.name, prefix: q.prefix, count: waiting.get(q.id) ?? 0 })),
      at: this.hub.now().toISOString(),
    };
  }

  /** The retained board; screens that (re)connect read it first. */
  async publish(): Promise<void> {
    await this.hub.bus.publish('nowCalling', {}, this.nowCalling());
  }

  /** A call to every screen (event), the board, and the window's LED line. Never throws: the call is stored. */
  announce(call: CallEvent): void {
    const { bus, catalogue, log } = this.hub;
    Promise.all([
      bus.publish('calls', {}, call),
      this.publish(),
      ...catalogue.hall.devices
        .filter((d) => d.kind === 'call-screen')
        .map((d) =>
          bus.publish('ledLine', { deviceId: d.id }, { window: call.window, text: call.text.zh, brightness: null, correlationId: `call:${call.callId}` }),
        ),
    ]).catch((err: Error) => log.warn({ callId: call.callId, err: err.message }, 'call not announced'));
  }

  /** A line of its own on a window's LED board, e.g. "暂停服务" while the counter is closed. */
  led(window: number, text: string, brightness: number | null = null): void {
    const { bus, catalogue, log } = this.hub;
    for (const d of catalogue.hall.devices.filter((x) => x.kind === 'call-screen')) {
      bus
        .publish('ledLine', { deviceId: d.id }, { window, text, brightness, correlationId: `led:${window}:${Date.now()}` })
        .catch((err: Error) => log.warn({ err: err.message }, 'LED line not sent'));
    }
  }
}

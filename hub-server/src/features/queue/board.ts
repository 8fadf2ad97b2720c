import type { CallEvent, NowCalling } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { serviceDay } from '../../infra/clock.ts';
import type { ShowLed } from './counters.ts';
import type { TicketStore } from './store.ts';

const RECENT_CALLS = 6;

/**
 * What every call screen and LED board is told: the call itself, the retained board, the window's line. It
 * speaks MQTT, so it is a subscriber of the queue's domain events (plugin.ts): with the broker away the
 * counters go on calling, and the screens catch up from the retained board when it is back.
 */
export class CallBoard {
  constructor(
    private readonly hub: HubContext,
    private readonly store: TicketStore,
    private readonly showLed: ShowLed,
  ) {}

  nowCalling(): NowCalling {
    const recent = this.store.recentCalls(RECENT_CALLS);
    const waiting = this.store.waitingByQueue(serviceDay(this.hub.now(), this.hub.catalogue.hall.timezone));
    return {
      current: recent[0] ?? null,
      recent,
      waiting: this.hub.catalogue.hall.queues.map((q) => ({
        queueId: q.id, name: q.name, prefix: q.prefix, count: waiting.get(q.id) ?? 0, ...(q.waitingArea ? { waitingArea: q.waitingArea } : {}),
      })),
      at: this.hub.now().toISOString(),
    };
  }

  /** The retained board; screens that (re)connect read it first. */
  async publish(): Promise<void> {
    await this.hub.bus.publish('nowCalling', {}, this.nowCalling());
  }

  /** A call to every screen (event), the board, and the window's LED line. Never throws: the call is stored. */
  announce(call: CallEvent): void {
    const { bus, log } = this.hub;
    this.showLed(call.window, call.text.zh);
    Promise.all([bus.publish('calls', {}, call), this.publish()])
      .catch((err: Error) => log.warn({ callId: call.callId, err: err.message }, 'call not announced'));
  }
}

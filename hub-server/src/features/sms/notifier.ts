import crypto from 'node:crypto';
import { maskMobile } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { serviceDay } from '../queue/hall-clock.ts';
import type { TicketStore } from '../queue/store.ts';
import { SmsStore } from './store.ts';

/** "Your turn is near" goes out when this many or fewer people are ahead: time enough to walk back in. */
export const NOTIFY_WHEN_AHEAD = 3;

/**
 * Sends "your turn is near" to visitors who left their mobile number, through the hall's SMS agent. The
 * number is used for that one message and deleted when the ticket ends or the day is over.
 */
export class SmsNotifier {
  readonly store: SmsStore;

  constructor(
    private readonly hub: HubContext,
    private readonly tickets: TicketStore,
  ) {
    this.store = new SmsStore(hub.db);
  }

  private get device(): string | null {
    return this.hub.catalogue.hall.devices.find((d) => d.kind === 'sms')?.id ?? null;
  }

  private today(): string {
    return serviceDay(this.hub.now(), this.hub.catalogue.hall.timezone);
  }

  optIn(ticketId: string, phone: string): void {
    this.store.setContact(ticketId, phone, this.hub.now().toISOString());
  }

  /** After the line moved: tell everyone now close enough, then forget numbers no longer needed. */
  check(queueId: string): void {
    const device = this.device;
    const day = this.today();
    const at = this.hub.now().toISOString();
    const hall = this.hub.catalogue.hall.name.zh;
    for (const c of this.store.pending(queueId, day)) {
      const ahead = this.tickets.peopleAhead({ queue_id: queueId, service_day: day, seq: c.seq });
      if (ahead > NOTIFY_WHEN_AHEAD || !device) continue;
      const messageId = crypto.randomUUID();
      const text =
        `【${hall}】您的${c.number}号${ahead === 0 ? '马上就到' : `前面还有${ahead}人`}，请尽快回到大厅留意叫号。` +
        `Ticket ${c.number}: ${ahead === 0 ? 'you are next' : `${ahead} ahead`}, please return to the hall.`;
      this.hub.db.transaction(() => {
        this.store.logMessage(messageId, c.ticket_id, maskMobile(c.phone), text, at);
        this.store.markNotified(c.ticket_id, at);
      })();
      this.hub.bus
        .publish('smsSend', { deviceId: device }, { messageId, to: c.phone, text, correlationId: `sms:${messageId}` })
        .catch((err: Error) => this.hub.log.warn({ messageId, err: err.message }, 'SMS not handed to the agent'));
    }
    this.store.wipe(day);
  }
}

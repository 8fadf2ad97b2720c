import crypto from 'node:crypto';
import { maskMobile } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import type { Queue, QueuedTicket } from '../queue/plugin.ts';
import { SmsStore } from './store.ts';

/** "Your turn is near" goes out when this many or fewer people are ahead: time enough to walk back in. */
export const NOTIFY_WHEN_AHEAD = 3;

/**
 * Sends "your turn is near" to visitors who left their mobile number, through the hall's SMS agent. The
 * number is used for that one message and deleted when the ticket ends or the day is over. It follows the
 * queue by its domain events, not the broker, so a broker outage delays the message (mqtt.js holds the QoS 1
 * publish until the reconnect) but never the decision to send it.
 */
export class SmsNotifier {
  readonly store: SmsStore;

  constructor(
    private readonly hub: HubContext,
    private readonly queue: Pick<Queue, 'ticket' | 'peopleAhead' | 'today'>,
  ) {
    this.store = new SmsStore(hub.db);
  }

  private get device(): string | null {
    return this.hub.catalogue.hall.devices.find((d) => d.kind === 'sms')?.id ?? null;
  }

  /**
   * Sends one message through the hall's SMS agent (any capability's, not only the queue's), logged with the
   * number masked. Returns the message id, or null when the hall has no SMS device.
   */
  send(to: string, text: string): string | null {
    const device = this.device;
    if (!device) return null;
    const messageId = crypto.randomUUID();
    this.store.logMessage(messageId, null, maskMobile(to), text, this.hub.now().toISOString());
    this.hub.bus
      .publish('smsSend', { deviceId: device }, { messageId, to, text, correlationId: `sms:${messageId}` })
      .catch((err: Error) => this.hub.log.warn({ messageId, err: err.message }, 'SMS not handed to the agent'));
    return messageId;
  }

  optIn(ticketId: string, phone: string): void {
    this.store.setContact(ticketId, phone, this.hub.now().toISOString());
  }

  /** After the line moved: tell everyone now close enough, then forget numbers no longer needed. */
  check(queueId: string): void {
    const device = this.device;
    const day = this.queue.today();
    const at = this.hub.now().toISOString();
    const hall = this.hub.catalogue.hall.name.zh;
    for (const c of this.store.pending()) {
      const t = this.queue.ticket(c.ticket_id);
      if (!t || t.queueId !== queueId || t.serviceDay !== day || t.status !== 'waiting') continue;
      const ahead = this.queue.peopleAhead(t);
      if (ahead > NOTIFY_WHEN_AHEAD || !device) continue;
      const messageId = crypto.randomUUID();
      const text =
        `【${hall}】您的${t.number}号${ahead === 0 ? '马上就到' : `前面还有${ahead}人`}，请尽快回到大厅留意叫号。` +
        `Ticket ${t.number}: ${ahead === 0 ? 'you are next' : `${ahead} ahead`}, please return to the hall.`;
      this.hub.db.transaction(() => {
        this.store.logMessage(messageId, c.ticket_id, maskMobile(c.phone), text, at);
        this.store.markNotified(c.ticket_id, at);
      })();
      this.hub.bus
        .publish('smsSend', { deviceId: device }, { messageId, to: c.phone, text, correlationId: `sms:${messageId}` })
        .catch((err: Error) => this.hub.log.warn({ messageId, err: err.message }, 'SMS not handed to the agent'));
    }
    this.wipe();
  }

  /** Deletes the numbers of tickets that are over or belong to an earlier day. Returns how many. */
  wipe(): number {
    const day = this.queue.today();
    const over = (t: QueuedTicket | null) => !t || t.serviceDay < day || t.status === 'done' || t.status === 'no-show' || t.status === 'cancelled';
    let n = 0;
    for (const id of this.store.ticketIds()) if (over(this.queue.ticket(id)) && this.store.forget(id)) n++;
    return n;
  }
}

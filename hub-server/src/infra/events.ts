import type { FastifyBaseLogger } from 'fastify';
import type { CallEvent, DeviceHealth, DeviceKind, LocalizedText, Notice, SubmissionStatus, TicketStatus } from '../contract/index.ts';

/**
 * The hub's domain events: what happened, told after the commit to whoever subscribed, inside this process.
 * Capabilities emit their own events and subscribe to others' instead of reaching into each other. Publishing
 * public MQTT topics and sending SMS reminders are subscribers like any other, so a broker that is away stops
 * only what needs the broker. Payloads are contract types or plain ids: infra knows no capability's rows.
 */
export interface DomainEvents {
  /** A ticket was issued: kiosk, staff desk or appointment check-in. */
  'ticket.issued': { ticketId: string; queueId: string; serviceDay: string; number: string };
  /** A counter called a ticket, or called it again (call.recall). */
  'ticket.called': CallEvent;
  /** A ticket's visit is over, by the staff's finish or a no-show; its line has one fewer. */
  'ticket.finished': { ticketId: string; queueId: string; status: Extract<TicketStatus, 'done' | 'no-show' | 'cancelled'> };
  /** A ticket went back to a line or was set aside: transferred, parked or resumed. */
  'ticket.requeued': { ticketId: string; queueId: string; status: TicketStatus; action: 'transfer' | 'park' | 'resume' };
  /** Staff approved a vacancy: it is searchable and matchable from now. */
  'vacancy.approved': { vacancyId: number };
  /** A published vacancy left the board: withdrawn, expired, or edited back into review. */
  'vacancy.unpublished': { vacancyId: number; action: 'withdraw' | 'expire' | 'edit' };
  /** Staff published a notice; it is the one on the lobby screens now. */
  'notice.published': { notice: Notice };
  /** A device's derived health changed: presence, printer faults or warnings. */
  'device.changed': DeviceHealth;
  /**
   * A device's agent announced itself online: after every (re)connect, so also after a restart the hub never
   * saw as offline. Its memory of earlier commands may be gone.
   */
  'device.connected': { deviceId: string; kind: DeviceKind };
  /** A form was submitted; staff find it in their queue. */
  'form.submitted': { submissionId: string; flowId: string; refNo: string };
  /**
   * Staff decided on a submission or asked the applicant for more documents: what the applicant is told.
   * `final` when the case is over (approved or refused).
   */
  'form.decided': { submissionId: string; refNo: string; title: LocalizedText; status: SubmissionStatus; note: string | null; final: boolean };
  /**
   * A phone texted the hall's number (a reply to a message): the sender's number and what they wrote. Told
   * in process only; subscribers act on it (a stop reply ends what they send) and keep no copy.
   */
  'sms.received': { from: string; text: string; at: string; stop: boolean };
}

export type DomainEventName = keyof DomainEvents;
export type DomainHandler<K extends DomainEventName> = (event: DomainEvents[K]) => void;

/**
 * Synchronous, in-process delivery. A subscriber that throws is logged and the others still run: the emitter's
 * work is committed already, and one failing side effect must not undo or hide it. Subscribers that do I/O
 * (a publish, an SMS) start it and handle its failure themselves.
 */
export class DomainEventBus {
  private readonly handlers = new Map<DomainEventName, Set<DomainHandler<never>>>();

  constructor(private readonly log: Pick<FastifyBaseLogger, 'error'>) {}

  /** Subscribes; returns the unsubscribe function. */
  on<K extends DomainEventName>(name: K, handler: DomainHandler<K>): () => void {
    let set = this.handlers.get(name);
    if (!set) this.handlers.set(name, (set = new Set()));
    set.add(handler as DomainHandler<never>);
    return () => void set.delete(handler as DomainHandler<never>);
  }

  emit<K extends DomainEventName>(name: K, event: DomainEvents[K]): void {
    for (const handler of this.handlers.get(name) ?? []) {
      try {
        (handler as DomainHandler<K>)(event);
      } catch (err) {
        this.log.error({ err, event: name }, 'a domain event subscriber failed');
      }
    }
  }
}

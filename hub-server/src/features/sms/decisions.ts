import crypto from 'node:crypto';
import { SUBMISSION_STATUS_TEXT, maskMobile } from '../../contract/index.ts';
import type { DomainEvents } from '../../infra/events.ts';
import type { HubContext } from '../../infra/context.ts';
import type { SmsStore } from './store.ts';

/**
 * One SMS per decision (审核结果短信): an applicant who left a number hears when their case is decided or
 * needs documents. The number is sealed at rest and deleted with the last message of the case.
 */
export class DecisionTexts {
  constructor(
    private readonly hub: HubContext,
    private readonly store: SmsStore,
  ) {}

  private get device(): string | null {
    return this.hub.catalogue.hall.devices.find((d) => d.kind === 'sms')?.id ?? null;
  }

  /** Call inside the transaction that stores the case, so the opt-in exists exactly when the case does. */
  follow(subject: string, phone: string): string {
    const masked = maskMobile(phone);
    this.hub.db.prepare('INSERT OR REPLACE INTO decision_contacts (subject, phone_sealed, phone_masked, created_at) VALUES (?, ?, ?, ?)')
      .run(subject, this.hub.vault.seal(phone), masked, this.hub.now().toISOString());
    return masked;
  }

  following(subject: string): boolean {
    return this.hub.db.prepare('SELECT 1 FROM decision_contacts WHERE subject = ?').get(subject) !== undefined;
  }

  /** A decision on a form's submission: one message, and the number forgotten when the case is over. */
  formDecided(e: DomainEvents['form.decided']): void {
    const subject = `form:${e.submissionId}`;
    const row = this.hub.db.prepare<[string], { phone_sealed: string; phone_masked: string }>('SELECT phone_sealed, phone_masked FROM decision_contacts WHERE subject = ?').get(subject);
    if (!row) return;
    const device = this.device;
    const status = SUBMISSION_STATUS_TEXT[e.status];
    const hall = this.hub.catalogue.hall.name.zh;
    const note = e.note ? `：${e.note}` : '';
    const text = `【${hall}】您的${e.title.zh}（编号 ${e.refNo}）${status.zh}${note}。` + `Your ${e.title.en} (${e.refNo}): ${status.en}.`;
    const messageId = crypto.randomUUID();
    const at = this.hub.now().toISOString();
    const phone = this.hub.vault.unseal(row.phone_sealed);
    this.hub.db.transaction(() => {
      if (device) this.store.logMessage(messageId, null, row.phone_masked, text, at);
      if (e.final) this.hub.db.prepare('DELETE FROM decision_contacts WHERE subject = ?').run(subject);
    })();
    if (!device) return;
    this.hub.bus
      .publish('smsSend', { deviceId: device }, { messageId, to: phone, text, correlationId: `sms:${messageId}` })
      .catch((err: Error) => this.hub.log.warn({ messageId, err: err.message }, 'SMS not handed to the agent'));
  }
}

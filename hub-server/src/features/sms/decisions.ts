import { SUBMISSION_STATUS_TEXT, maskMobile } from '../../contract/index.ts';
import type { DomainEvents } from '../../infra/events.ts';
import type { HubContext } from '../../infra/context.ts';

/**
 * One SMS per decision (审核结果短信): an applicant who left a number hears when their case is decided or
 * needs documents. The number is sealed at rest and deleted with the last message of the case, or when the
 * phone replies 退订.
 */
export class DecisionTexts {
  constructor(
    private readonly hub: HubContext,
    private readonly send: (to: string, text: string) => string | null,
  ) {}

  private hash(phone: string): string {
    return this.hub.vault.lookupHash(`sms:${phone}`);
  }

  /** Call inside the transaction that stores the case, so the opt-in exists exactly when the case does. */
  follow(subject: string, phone: string): string {
    const masked = maskMobile(phone);
    this.hub.db.prepare('INSERT OR REPLACE INTO decision_contacts (subject, phone_sealed, phone_hash, phone_masked, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(subject, this.hub.vault.seal(phone), this.hash(phone), masked, this.hub.now().toISOString());
    return masked;
  }

  following(subject: string): boolean {
    return this.hub.db.prepare('SELECT 1 FROM decision_contacts WHERE subject = ?').get(subject) !== undefined;
  }

  forgetPhone(phone: string): number {
    return this.hub.db.prepare('DELETE FROM decision_contacts WHERE phone_hash = ?').run(this.hash(phone)).changes;
  }

  /** A decision on a form's submission: one message, and the number forgotten when the case is over. */
  formDecided(e: DomainEvents['form.decided']): void {
    const subject = `form:${e.submissionId}`;
    const row = this.hub.db.prepare<[string], { phone_sealed: string }>('SELECT phone_sealed FROM decision_contacts WHERE subject = ?').get(subject);
    if (!row) return;
    const status = SUBMISSION_STATUS_TEXT[e.status];
    const note = e.note ? `：${e.note}` : '';
    const text = `【${this.hub.catalogue.hall.name.zh}】您的${e.title.zh}（编号 ${e.refNo}）${status.zh}${note}。` + `Your ${e.title.en} (${e.refNo}): ${status.en}.`;
    this.send(this.hub.vault.unseal(row.phone_sealed), text);
    if (e.final) this.hub.db.prepare('DELETE FROM decision_contacts WHERE subject = ?').run(subject);
  }
}

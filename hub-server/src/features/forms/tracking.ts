import crypto from 'node:crypto';
import { FormReference, SUBMISSION_FINAL, SUBMISSION_STATUS_TEXT, type TrackedItem } from '../../contract/index.ts';
import type { FormStore, SubmissionRow } from './store.ts';
import type { FormSubmissions } from './submissions.ts';

/**
 * A submission as its applicant follows it (查进度): status in words and what the office told them, never
 * the answers. Found by reference and check code, or by the signed-in seeker who sent it.
 */
export class FormTracking {
  constructor(
    private readonly store: FormStore,
    private readonly submissions: Pick<FormSubmissions, 'form' | 'checkHash'>,
  ) {}

  lookup(refInput: string, checkCode: string): TrackedItem | null {
    const ref = FormReference.safeParse(refInput);
    if (!ref.success) return null;
    const row = this.store.byRef(ref.data);
    if (!row) return null;
    const given = Buffer.from(this.submissions.checkHash(row.ref_no, checkCode));
    if (!crypto.timingSafeEqual(given, Buffer.from(row.check_hash))) return null;
    return this.view(row);
  }

  mine(seekerId: string): TrackedItem[] {
    return this.store.bySeeker(seekerId).map((r) => this.view(r));
  }

  private view(r: SubmissionRow): TrackedItem {
    // The steps the applicant sees: those that changed the status, and what they were told.
    const history = this.store.events(r.id)
      .filter((e) => e.public === 1 || e.from_status !== e.to_status)
      .map((e) => ({ at: e.at, statusText: SUBMISSION_STATUS_TEXT[e.to_status], note: e.public === 1 ? e.note : null }));
    return {
      source: 'form', refNo: r.ref_no, title: this.submissions.form(r.flow_id, r.flow_version).title, status: r.status,
      statusText: SUBMISSION_STATUS_TEXT[r.status], final: SUBMISSION_FINAL.includes(r.status), updatedAt: r.updated_at, history,
    };
  }
}

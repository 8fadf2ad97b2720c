import type { SubmissionActionName, SubmissionStatus } from '../../contract/index.ts';

type StaffAction = Exclude<SubmissionActionName, 'submit'>;

/**
 * What staff may do to a submission in each status, and the status it then has. Taking one up (assign) puts it
 * in review; documents asked for wait for the applicant; approved and refused are final (comments still go
 * on the record).
 */
const NEXT: Readonly<Record<SubmissionStatus, Partial<Record<StaffAction, SubmissionStatus>>>> = {
  submitted: { assign: 'in-review', comment: 'submitted', 'request-documents': 'more-documents', approve: 'approved', refuse: 'refused' },
  'in-review': { assign: 'in-review', comment: 'in-review', 'request-documents': 'more-documents', approve: 'approved', refuse: 'refused' },
  'more-documents': {
    assign: 'more-documents', comment: 'more-documents', 'request-documents': 'more-documents', 'documents-received': 'in-review', refuse: 'refused',
  },
  approved: { comment: 'approved' },
  refused: { comment: 'refused' },
};

/** The status after an action, or null when the action is not allowed in this status. */
export function transition(status: SubmissionStatus, action: StaffAction): SubmissionStatus | null {
  return NEXT[status][action] ?? null;
}

/** The actions the applicant hears about (an SMS, the status page): decisions and requests, not staff notes. */
export function toldToApplicant(action: SubmissionActionName): boolean {
  return action === 'request-documents' || action === 'approve' || action === 'refuse';
}

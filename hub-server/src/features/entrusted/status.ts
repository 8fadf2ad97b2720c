import type { EntrustAction, EntrustStatus, ReferralStatus, ShortlistResult } from '../../contract/index.ts';

/**
 * The request's lifecycle (委托招聘). Staff start screening (adding the first candidate starts it too), hand the
 * shortlist over, and close it once the results are in. The employer or staff may cancel it until the
 * shortlist has been handed over; after that it is closed, with the results it had.
 */
const NEXT: Record<EntrustStatus, Partial<Record<EntrustAction, EntrustStatus>>> = {
  requested: { start: 'screening', cancel: 'cancelled' },
  screening: { deliver: 'shortlisted', close: 'closed', cancel: 'cancelled' },
  shortlisted: { close: 'closed' },
  closed: {},
  cancelled: {},
};

export function nextStatus(from: EntrustStatus, action: EntrustAction): EntrustStatus | null {
  return NEXT[from][action] ?? null;
}

export const OPEN_STATUSES: readonly EntrustStatus[] = ['requested', 'screening', 'shortlisted'];

export function isOpen(status: EntrustStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Seekers are added while the request is open; after handing over, staff may still add one the employer asks for. */
export function canShortlist(status: EntrustStatus): boolean {
  return isOpen(status);
}

/** Results are what the employer reports after meeting a candidate: only once screening is under way. */
export function canRecordResults(status: EntrustStatus): boolean {
  return status === 'screening' || status === 'shortlisted';
}

/** A shortlisted seeker: proposed → interviewed → hired or rejected; withdrawn (they dropped out) at any open step. */
const RESULT_NEXT: Record<ShortlistResult, readonly ShortlistResult[]> = {
  proposed: ['interviewed', 'hired', 'rejected', 'withdrawn'],
  interviewed: ['hired', 'rejected', 'withdrawn'],
  hired: [],
  rejected: [],
  withdrawn: [],
};

export function canMoveResult(from: ShortlistResult, to: ShortlistResult): boolean {
  return RESULT_NEXT[from].includes(to);
}

/** The referral outcome a shortlist result means, so a linked referral's follow-up (3.1.9) says the same. */
export function referralOutcomeFor(result: Exclude<ShortlistResult, 'proposed'>): ReferralStatus {
  return result === 'withdrawn' ? 'cancelled' : result;
}

/** Past its due day and not yet handed over: the staff list puts these first. */
export function isOverdue(status: EntrustStatus, dueBy: string, today: string): boolean {
  return (status === 'requested' || status === 'screening') && dueBy < today;
}

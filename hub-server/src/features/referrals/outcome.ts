import type { ReferralStatus } from '../../contract/index.ts';

/**
 * A referral's follow-up (跟踪服务), as in the OpenCATS pipeline: referred → interviewed → hired or rejected, or
 * straight to an outcome when the employer reports only that. no-show and cancelled close it too.
 */
const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  referred: ['interviewed', 'hired', 'rejected', 'no-show', 'cancelled'],
  interviewed: ['hired', 'rejected', 'cancelled'],
  hired: [],
  rejected: [],
  'no-show': [],
  cancelled: [],
};

export function canMove(from: ReferralStatus, to: ReferralStatus): boolean {
  return NEXT[from].includes(to);
}

/** Open referrals are the ones follow-up reminders are about. */
export function isOpen(status: ReferralStatus): boolean {
  return NEXT[status].length > 0;
}

export const OPEN_STATUSES: ReferralStatus[] = (Object.keys(NEXT) as ReferralStatus[]).filter(isOpen);

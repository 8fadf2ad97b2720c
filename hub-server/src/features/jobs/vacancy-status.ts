import type { VacancyStatus } from '../../contract/index.ts';

export type VacancyAction = 'submit' | 'approve' | 'reject' | 'withdraw' | 'expire' | 'edit';

/**
 * The vacancy lifecycle. Only `approved` is searchable or shown anywhere; an edit of any vacancy sends it back
 * to review, so a published text never changes without staff seeing it again.
 *
 *   submit → pending ── approve → approved ── expire → expired
 *              │  └──── reject ──→ rejected         └─ withdraw → withdrawn
 *              └──────── withdraw → withdrawn
 *   edit: pending | approved | rejected | expired → pending
 */
const NEXT: Record<VacancyAction, Partial<Record<VacancyStatus | 'new', VacancyStatus>>> = {
  submit: { new: 'pending' },
  approve: { pending: 'approved' },
  reject: { pending: 'rejected' },
  withdraw: { pending: 'withdrawn', approved: 'withdrawn' },
  expire: { approved: 'expired' },
  edit: { pending: 'pending', approved: 'pending', rejected: 'pending', expired: 'pending' },
};

export function nextStatus(from: VacancyStatus | 'new', action: VacancyAction): VacancyStatus | null {
  return NEXT[action][from] ?? null;
}

/** Whether a status puts the vacancy in the search index and the matching pool. */
export function isPublished(status: VacancyStatus): boolean {
  return status === 'approved';
}

import type { LocalizedText, Referral, ReferralStatus, TrackedItem } from '../../contract/index.ts';

/** What a job seeker reads for each step of a referral slip. */
const TEXT: Readonly<Record<ReferralStatus, LocalizedText>> = {
  referred: { zh: '已推荐，请按推荐信去面试', en: 'Referred; take the slip to the interview' },
  interviewed: { zh: '已面试，等待用人单位答复', en: 'Interviewed; waiting for the employer' },
  hired: { zh: '已录用', en: 'Hired' },
  rejected: { zh: '未录用', en: 'Not hired' },
  'no-show': { zh: '未去面试', en: 'Did not attend' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** A referral as its job seeker follows it: the job and the steps, no one else's data. */
export function trackedReferral(r: Referral): TrackedItem {
  const job = r.vacancy;
  return {
    source: 'referral', refNo: r.refNo,
    title: { zh: `推荐：${job.employerName} · ${job.title}`, en: `Referral: ${job.employerName} · ${job.title}` },
    status: r.status, statusText: TEXT[r.status], final: !['referred', 'interviewed'].includes(r.status), updatedAt: r.updatedAt,
    history: r.history.map((h) => ({ at: h.at, statusText: TEXT[h.to], note: null })),
  };
}

import type { JobSummary, SubscriptionTopics } from '../../contract/index.ts';

/** The SMS agent takes at most 300 characters; a message is cut to fit, never split into several. */
export const MAX_SMS = 300;
/** Every message the subscriptions send says how to stop them. */
export const STOP_HINT = '回复TD退订';

/** Whether a published vacancy is one a subscription asked for: an occupation prefix and a district, each "any" when empty. */
export function wants(topics: SubscriptionTopics, job: Pick<JobSummary, 'occupationCode' | 'district'>): boolean {
  const jobs = topics.jobs;
  if (!jobs) return false;
  const occ = !jobs.occupations.length || jobs.occupations.some((p) => job.occupationCode !== null && (job.occupationCode === p || job.occupationCode.startsWith(`${p}-`)));
  const district = !jobs.districts.length || jobs.districts.includes(job.district);
  return occ && district;
}

const pay = (j: Pick<JobSummary, 'payMin' | 'payMax' | 'payPeriod'>) =>
  `${j.payMin === j.payMax ? j.payMin : `${j.payMin}-${j.payMax}`}元/${j.payPeriod === 'monthly' ? '月' : j.payPeriod === 'weekly' ? '周' : '天'}`;

function fit(head: string, parts: string[], tail: string): string {
  let body = '';
  let shown = 0;
  for (const p of parts) {
    const next = body ? `${body}；${p}` : p;
    if (head.length + next.length + tail.length + 4 > MAX_SMS) break;
    body = next;
    shown++;
  }
  const more = shown < parts.length ? `等${parts.length}个` : '';
  return `${head}${body}${more}。${tail}`.slice(0, MAX_SMS);
}

/** One message for the new vacancies a subscriber has waiting: the first few in full, a link to the rest. */
export function jobAlertText(hall: string, jobs: JobSummary[], listUrl: string): string {
  const head = `【${hall}】您订阅的新岗位${jobs.length}个：`;
  const parts = jobs.map((j) => `${j.title}（${j.districtName}，${pay(j)}，编号${j.id}）`);
  return fit(head, parts, `详见 ${listUrl} ，应聘请到大厅办理推荐。${STOP_HINT}`);
}

export function noticeText(hall: string, notices: Array<{ title: string; url: string }>): string {
  const head = `【${hall}】通知：`;
  const tail = `${notices.length === 1 ? `详见 ${notices[0]!.url} ` : ''}${STOP_HINT}`;
  return fit(head, notices.map((n) => n.title), tail);
}

export function codeText(hall: string, code: string, minutes: number): string {
  return `【${hall}】您的短信订阅验证码是 ${code}，${minutes}分钟内有效。如非本人操作，请忽略本短信。`;
}

export function confirmedText(hall: string, topics: SubscriptionTopics): string {
  const what = [topics.jobs ? '新岗位提醒' : '', topics.notices ? '通知公告' : ''].filter(Boolean).join('和');
  return `【${hall}】您已订阅${what}，每天最多收到3条。${STOP_HINT}，或在大厅自助机取消。`;
}

export function stoppedText(hall: string): string {
  return `【${hall}】您已退订全部短信，您的手机号已删除。欢迎随时在大厅自助机重新订阅。`;
}

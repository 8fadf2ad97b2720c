import type { Messages } from '@jobhall/ui-kit';

/** The questionnaire screen's own words; the questions and the profile come from the definition and the hub. */
export const am = {
  start: { zh: '开始', en: 'Start' },
  progress: { zh: '第 {n} 题，共 {total} 题', en: 'Question {n} of {total}' },
  previous: { zh: '上一题', en: 'Previous question' },
  scoring: { zh: '正在算结果…', en: 'Working out your profile…' },
  retry: { zh: '再试一次', en: 'Try again' },
  yourProfile: { zh: '你的兴趣', en: 'Your interests' },
  code: { zh: '兴趣代码', en: 'Profile code' },
  workTitle: { zh: '可以考虑的工作', en: 'Work to consider' },
  openJobs: { zh: '现在有 {n} 个岗位在招', en: '{n} vacancies open now' },
  noJobs: { zh: '现在没有在招的岗位', en: 'No vacancies open right now' },
  seeJobs: { zh: '看岗位', en: 'See the jobs' },
  course: { zh: '可以学：{title}（{days} 天，{subsidy}）', en: 'Course: {title} ({days} days; {subsidy})' },
  print: { zh: '打印结果', en: 'Print my profile' },
  printing: { zh: '结果正在打印，请取走', en: 'Your profile is printing; please take it' },
  again: { zh: '重新测一次', en: 'Start again' },
  note: { zh: '这不是考试，没有好坏之分。想多聊聊，可以预约职业指导师。', en: 'This is not a test; no answer is good or bad. To talk it over, book a career counsellor.' },
} satisfies Messages<string>;

export function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));
}

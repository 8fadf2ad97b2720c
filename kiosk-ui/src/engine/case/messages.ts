import type { Messages } from '@jobhall/ui-kit';

/** The case-record screen's words. */
export const cm = {
  signIn: { zh: '登录后查看', en: 'Sign in to see it' },
  byId: { zh: '用身份证号查询', en: 'Look up with my ID number' },
  idNumber: { zh: '输入身份证号码', en: 'Enter your ID number' },
  last4: { zh: '输入预留手机号的后 4 位', en: 'Enter the last 4 digits of the mobile you gave us' },
  now: { zh: '现在的状态', en: 'Where it stands' },
  progress: { zh: '进度', en: 'Progress' },
  next: { zh: '下次回访', en: 'Next follow-up' },
  owner: { zh: '负责老师', en: 'Followed by' },
  history: { zh: '记录', en: 'History' },
  opened: { zh: '建档', en: 'Opened' },
  stage: { zh: '进入', en: 'Moved to' },
  followUp: { zh: '回访', en: 'Follow-up' },
  upcoming: { zh: '已预约的指导', en: 'Booked sessions' },
  past: { zh: '已参加的指导', en: 'Sessions held' },
  none: { zh: '还没有这类记录。如有疑问请到窗口询问。', en: 'There is no such record yet. Ask at a window if in doubt.' },
  noSessions: { zh: '暂无', en: 'None' },
  code: { zh: '预约码', en: 'Code' },
  again: { zh: '重新查询', en: 'Look up again' },
} satisfies Messages<string>;

import type { Messages } from '@jobhall/ui-kit';

/** The catalogue screens' words. */
export const km = {
  all: { zh: '全部', en: 'All' },
  details: { zh: '详细', en: 'Details' },
  less: { zh: '收起', en: 'Less' },
  signUp: { zh: '报名', en: 'Sign up' },
  print: { zh: '打印带走', en: 'Print it' },
  printing: { zh: '正在打印，请取走', en: 'Printing; please take it' },
  none: { zh: '没有符合的条目，请换个筛选', en: 'Nothing matches; try another filter' },
  count: { zh: '共 {n} 条', en: '{n} found' },
  finder: { zh: '回答几个问题，看看哪些适合我', en: 'Answer a few questions: which apply to me' },
  browse: { zh: '浏览全部', en: 'Browse all' },
  seeResults: { zh: '看结果', en: 'See results' },
  answerAll: { zh: '还有 {n} 个问题没有回答', en: '{n} questions still unanswered' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  matched: { zh: '这 {n} 条政策可能适合您', en: '{n} policies may apply to you' },
  matchedNone: { zh: '按您的回答，暂时没有找到适合的政策。可以到 1、2 号窗口当面问问。', en: 'From your answers no policy fits yet. Ask in person at windows 1 or 2.' },
  why: { zh: '为什么', en: 'Why' },
  printAll: { zh: '打印这些政策', en: 'Print these policies' },
  again: { zh: '重新回答', en: 'Answer again' },
  confirmAtWindow: { zh: '结果只是参考，能否享受以窗口审核为准。', en: 'A guide only: the window decides whether you qualify.' },
} satisfies Messages<string>;

import type { Messages } from '@jobhall/ui-kit';

/** The calculator screen's own words; the questions, results and lines come from the definition and the hub. */
export const cm = {
  calculate: { zh: '开始计算', en: 'Work it out' },
  working: { zh: '正在计算…', en: 'Working it out…' },
  tapToEnter: { zh: '点这里输入', en: 'Tap to enter' },
  change: { zh: '修改', en: 'Change' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  between: { zh: '请输入 {min} 到 {max} 之间的数', en: 'Enter a number from {min} to {max}' },
  answerAll: { zh: '还有问题没回答', en: 'Some questions are not answered yet' },
  result: { zh: '计算结果', en: 'Result' },
  eligible: { zh: '按您填写的情况，符合条件', en: 'From what you told us, you qualify' },
  notEligible: { zh: '按您填写的情况，暂不符合条件', en: 'From what you told us, you do not qualify yet' },
  howTitle: { zh: '怎么算出来的', en: 'How this was worked out' },
  yours: { zh: '您填写的', en: 'What you told us' },
  figures: { zh: '依据的规定和数值', en: 'Rules and figures used' },
  steps: { zh: '一步一步', en: 'Step by step' },
  from: { zh: '起执行', en: 'in force from' },
  demo: { zh: '演示值', en: 'demo value' },
  met: { zh: '符合', en: 'Met' },
  notMet: { zh: '不符合', en: 'Not met' },
  rules: { zh: '规则版本', en: 'Rules' },
  asOf: { zh: '按这天的规定计算', en: 'Rules in force on' },
  demoNote: { zh: '标着“演示值”的数字是演示数据，不是本市的标准。', en: 'Figures marked "demo value" are for the demo, not the city\'s own.' },
  print: { zh: '打印结果', en: 'Print the result' },
  printing: { zh: '结果正在打印，请取走', en: 'Your result is printing; please take it' },
  preApply: { zh: '预申请', en: 'Pre-apply' },
  ticket: { zh: '取号到窗口办理', en: 'Take a ticket for the window' },
  again: { zh: '改一改重新算', en: 'Change answers' },
} satisfies Messages<string>;

/** Fills {name} in a message. */
export function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));
}

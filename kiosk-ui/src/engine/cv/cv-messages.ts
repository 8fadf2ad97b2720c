import type { Messages } from '@jobhall/ui-kit';

/** The CV builder's own words; the questions come from the definition. */
export const vm = {
  start: { zh: '开始做简历', en: 'Start my CV' },
  page: { zh: '第 {n} 页，共 {total} 页', en: 'Page {n} of {total}' },
  next: { zh: '下一页', en: 'Next' },
  previous: { zh: '上一页', en: 'Previous' },
  review: { zh: '看看简历', en: 'See my CV' },
  fill: { zh: '填写', en: 'Fill in' },
  change: { zh: '修改', en: 'Change' },
  empty: { zh: '（没填）', en: '(empty)' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  remove: { zh: '删除这一段', en: 'Remove this one' },
  entry: { zh: '第 {n} 段', en: 'Entry {n}' },
  none: { zh: '还没有添加。没有可以跳过。', en: 'None added yet. You may skip this.' },
  prefilled: { zh: '已从您的求职登记带入部分内容，可以修改。', en: 'Some answers come from your registration; you can change them.' },
  fix: { zh: '有的地方还要改一改', en: 'Some answers need a change' },
  previewTitle: { zh: '您的简历', en: 'Your CV' },
  showName: { zh: '简历上印出您的全名吗？', en: 'Show your full name on the CV?' },
  showNameHint: { zh: '选“否”只印姓，例如“张*”。', en: 'If no, only the first character shows, e.g. "Zhang*".' },
  showPhone: { zh: '印出完整的手机号吗？', en: 'Show your full mobile number?' },
  showPhoneHint: { zh: '选“否”会印成 138****8000，招聘单位就打不通了。', en: 'If no, it shows as 138****8000 and employers cannot call you.' },
  print: { zh: '打印简历', en: 'Print my CV' },
  printing: { zh: '简历正在打印，请取走', en: 'Your CV is printing; please take it' },
  phone: { zh: '用手机带走', en: 'Take it on my phone' },
  scan: { zh: '用手机扫码打开简历。这个码只能用一次，{minutes} 分钟内有效。打开后请马上截图保存。', en: 'Scan with your phone to open your CV. The code works once, for {minutes} minutes. Take a screenshot once it opens.' },
  edit: { zh: '回去修改', en: 'Go back and change' },
  noIdNote: { zh: '简历不填身份证号。离开后，本机不会留下您的任何信息。', en: 'A CV has no ID number. Nothing you entered stays on this kiosk.' },
} satisfies Messages<string>;

export function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));
}

import { PrintDocument, type AssessmentResult, type Lang, type LocalizedText, type PrintBlockInput } from '../../contract/index.ts';

const W: Record<string, LocalizedText> = {
  heading: { zh: '职业兴趣测评结果', en: 'Your interest profile' },
  code: { zh: '兴趣代码', en: 'Profile code' },
  work: { zh: '可以考虑的工作（现在在招的岗位数）', en: 'Work to consider (vacancies open now)' },
  open: { zh: '在招 {n} 个', en: '{n} open' },
  course: { zh: '培训', en: 'Course' },
  days: { zh: '{n} 天', en: '{n} days' },
  find: { zh: '在自助机“找工作”里选这个工种，就能看到这些岗位。', en: 'At a kiosk, choose the occupation in "Find a job" to see them.' },
  note: { zh: '这不是考试，没有好坏之分。兴趣会变，想多聊聊可以预约职业指导师。', en: 'This is not a test; there are no good or bad answers. Interests change; book a career counsellor to talk it over.' },
};

/** Ten blocks a bar: ■ for each tenth (GB 2312 has it, so every Chinese printer font draws it). */
const bar = (percent: number) => `${'■'.repeat(Math.round(percent / 10))}${'□'.repeat(10 - Math.round(percent / 10))}`;

/** The profile on paper in the visitor's language: no name, no answers, nothing that says who took it. */
export function assessmentSlip(hallName: string, title: LocalizedText, r: AssessmentResult, lang: Lang): PrintDocument {
  const t = (x: LocalizedText) => x[lang];
  const text = (s: string, extra: Partial<Extract<PrintBlockInput, { type: 'text' }>> = {}): PrintBlockInput => ({ type: 'text', text: s, ...extra });
  const blocks: PrintBlockInput[] = [
    text(hallName, { align: 'center', bold: true }),
    text(t(W.heading!), { align: 'center' }),
    text(t(title), { align: 'center', size: 2, bold: true }),
    { type: 'rule' },
    text(t(r.summary), { bold: true }),
    text(`${t(W.code!)}: ${r.code}`),
    ...r.scales.map((s) => text(`${s.letter} ${t(s.label)} ${bar(s.percent)} ${s.percent}%`)),
    { type: 'rule' },
    text(t(W.work!), { bold: true }),
    ...r.occupations.flatMap((o, i) => [
      text(`${i + 1}. ${t(o.label)}（${t(W.open!).replace('{n}', String(o.openJobs))}）`),
      ...o.courses.map((c) => text(`   ${t(W.course!)}: ${t(c.title)}, ${t(W.days!).replace('{n}', String(c.days))}`)),
    ]),
    text(t(W.find!)),
    { type: 'rule' },
    text(t(W.note!)),
    { type: 'feed', lines: 2 },
  ];
  return PrintDocument.parse({ kind: 'slip', blocks });
}

import type { LocalizedText, Slide, SlideType } from '@jobhall/hub-server/contract';

/**
 * The form of each slide type, as data: which fields it has, what kind of input each is, and where in the
 * slide it goes (a path). One renderer (admin-signage-slide-form.ts) draws them all; the hub checks the result
 * against the contract and names any wrong field.
 */
export type Field =
  | { kind: 'text' | 'textarea' | 'url' | 'date'; path: string[]; label: string; optional?: boolean }
  | { kind: 'number'; path: string[]; label: string; min: number; max: number }
  | { kind: 'select'; path: string[]; label: string; options: Array<[string, string]>; optional?: boolean }
  | { kind: 'media'; path: string[]; label: string; accept: 'image' | 'video'; optional?: boolean }
  /** An array of {zh, en}: one textarea per language, a line each. */
  | { kind: 'lines'; path: string[]; label: string }
  /** An array of strings as one comma-separated line. */
  | { kind: 'csv'; path: string[]; label: string };

const localized = (key: string, label: string, kind: 'text' | 'textarea' = 'text'): Field[] => [
  { kind, path: [key, 'zh'], label: `${label}（中文）` },
  { kind, path: [key, 'en'], label: `${label} (English)` },
];

export const SLIDE_TYPES: Record<SlideType, { label: string; fields: Field[] }> = {
  notice: { label: '通知 Notice', fields: [...localized('title', '标题 Title'), ...localized('body', '正文 Text', 'textarea'), { kind: 'select', path: ['tone'], label: '样式 Tone', options: [['info', '一般 Info'], ['important', '重要 Important']] }] },
  image: { label: '图片 Image', fields: [{ kind: 'media', path: ['media'], label: '图片 Image', accept: 'image' }, ...localized('alt', '说明 Description'), { kind: 'select', path: ['fit'], label: '铺放 Fit', options: [['contain', '完整 Contain'], ['cover', '铺满 Cover']] }] },
  video: { label: '视频 Video', fields: [{ kind: 'media', path: ['media'], label: '视频 Video', accept: 'video' }, ...localized('alt', '说明 Description')] },
  jobs: {
    label: '岗位板 Job board', fields: [
      ...localized('title', '标题 Title'), { kind: 'csv', path: ['filter', 'district'], label: '区（代码，逗号分隔） Districts' },
      { kind: 'text', path: ['filter', 'occupation'], label: '职业代码 Occupation code', optional: true },
      { kind: 'select', path: ['filter', 'programme'], label: '专项 Programme', optional: true, options: [['local', '本地 Local'], ['inflow', '外来务工 Inflow'], ['outflow', '劳务输出 Outflow'], ['overseas', '境外 Overseas']] },
      { kind: 'text', path: ['filter', 'fairId'], label: '招聘会 Fair id', optional: true }, { kind: 'number', path: ['perPage'], label: '每页 Per page', min: 3, max: 8 },
    ],
  },
  policy: { label: '政策 Policy', fields: [...localized('title', '标题 Title'), ...localized('summary', '摘要 Summary', 'textarea'), { kind: 'lines', path: ['points'], label: '要点 Points' }, ...localized('where', '办理地点 Where'), { kind: 'url', path: ['link'], label: '链接（二维码） Link', optional: true }] },
  fairs: { label: '招聘会 Fairs', fields: [...localized('title', '标题 Title'), { kind: 'select', path: ['show'], label: '内容 Show', options: [['calendar', '日程 Calendar'], ['booths', '展位图 Booth map']] }] },
  occupation: { label: '职业介绍 Occupation', fields: [...localized('name', '职业 Occupation'), ...localized('text', '介绍 Text', 'textarea'), { kind: 'lines', path: ['skills'], label: '要求 Skills' }, { kind: 'media', path: ['media'], label: '图片 Picture', accept: 'image', optional: true }] },
  guidance: { label: '办事指引 Guidance', fields: [...localized('title', '标题 Title'), { kind: 'lines', path: ['steps'], label: '步骤 Steps' }, ...localized('where', '地点 Where'), { kind: 'media', path: ['media'], label: '图片 Picture', accept: 'image', optional: true }] },
  startup: { label: '创业项目 Start-ups', fields: [...localized('title', '标题 Title'), { kind: 'lines', path: ['projects', '*', 'name'], label: '项目 Projects' }, { kind: 'lines', path: ['projects', '*', 'summary'], label: '简介 Summaries' }, { kind: 'lines', path: ['projects', '*', 'support'], label: '扶持 Support' }] },
  queue: { label: '等候人数 Queue board', fields: [...localized('title', '标题 Title'), { kind: 'csv', path: ['queues'], label: '业务（留空为全部） Lines' }] },
  web: { label: '网页 Web page', fields: [...localized('title', '标题 Title'), { kind: 'url', path: ['url'], label: '网址 Address' }] },
  ticker: { label: '滚动字幕 Ticker line', fields: localized('text', '文字 Text') },
};

const L = (zh: string, en: string): LocalizedText => ({ zh, en });

/** A new slide of a type, with every required field filled with something to replace. */
export function newSlide(type: SlideType, id: string): Slide {
  const base = { id, durationS: 15, until: null };
  switch (type) {
    case 'notice': return { ...base, type, title: L('新通知', 'New notice'), body: L('<p>内容</p>', '<p>Text</p>'), tone: 'info' };
    case 'image': return { ...base, type, media: '', alt: L('图片', 'Picture'), fit: 'contain' };
    case 'video': return { ...base, type, media: '', alt: L('视频', 'Video') };
    case 'jobs': return { ...base, type, durationS: 30, title: L('招聘岗位', 'Jobs'), filter: { district: [], occupation: null, programme: null, fairId: null }, perPage: 6 };
    case 'policy': return { ...base, type, title: L('政策', 'Policy'), summary: L('摘要', 'Summary'), points: [], where: L('窗口', 'Window'), link: null };
    case 'fairs': return { ...base, type, title: L('近期招聘会', 'Coming job fairs'), show: 'calendar' };
    case 'occupation': return { ...base, type, name: L('职业', 'Occupation'), text: L('介绍', 'About'), pay: null, skills: [], media: null };
    case 'guidance': return { ...base, type, title: L('办事指引', 'How to'), steps: [L('第一步', 'Step one')], where: L('窗口', 'Window'), media: null };
    case 'startup': return { ...base, type, title: L('创业项目', 'Start-ups'), projects: [{ name: L('项目', 'Project'), summary: L('简介', 'About'), support: L('扶持', 'Support') }] };
    case 'queue': return { ...base, type, title: L('等候人数', 'People waiting'), queues: [] };
    case 'web': return { ...base, type, title: L('网页', 'Web page'), url: 'https://' };
    case 'ticker': return { ...base, type, text: L('字幕', 'Ticker') };
  }
}

/** Reads a field's value from a slide (`*` walks an array). */
export function getPath(obj: unknown, path: string[]): unknown {
  let v: unknown = obj;
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '*') return (v as unknown[] | undefined)?.map((x) => getPath(x, path.slice(i + 1)));
    v = (v as Record<string, unknown> | null | undefined)?.[path[i]!];
  }
  return v;
}

/** A copy of `obj` with the field set (`*` sets each element of an array from a list, growing or cutting it). */
export function setPath<T>(obj: T, path: string[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  if (head === '*') {
    const list = value as unknown[];
    const old = (obj as unknown as unknown[] | undefined) ?? [];
    return list.map((v, i) => setPath(old[i] ?? {}, rest, v)) as unknown as T;
  }
  const o = (obj ?? {}) as Record<string, unknown>;
  return { ...o, [head]: setPath(o[head], rest, value) } as T;
}

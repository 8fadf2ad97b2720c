/**
 * Negation scope for the wording checker: whether a phrase a rule matched is being ruled out rather than asked for.
 * "不收取任何押金" and "押金：无" mention a deposit in order to refuse it; "不交押金不能上岗" demands one. The scope
 * is the clause (up to a comma or full stop), and only a few kinds of words may stand between the negation and the
 * phrase it governs: verbs of charging and asking (收取, 缴纳, 要求, 设), quantifiers (任何, 一切), parties (求职者),
 * quotes and list marks, and other items of the same list. "不限学历男性优先" is therefore not negated: 学历 is the
 * object of 不限, and 男性优先 a new predicate.
 */

/** Text spans of one rule's matches in a normalised text, in order. */
export interface Span {
  start: number;
  end: number;
}

const CLAUSE_END = /[,，。;；!！?？\n]/;
const SENTENCE_END = /[。;；!！?？\n]/;

/**
 * Words that rule out what follows (and the employer paying, which cancels a fee). Postpositional ones (不限, 均可) are left out on purpose: in "男女不限男性优先"
 * 不限 looks back at 男女, not ahead at 男性优先.
 */
/** The employer paying cancels a fee as surely as a negation does: 公司承担服装费, 服装费由公司承担. */
const EMPLOYER_PAYS = '由?(?:公司|单位|企业|店里|老板|雇主|厂里|厂方|我司|本公司)(?:全额)?(?:承担|支付|报销|出|负责|提供|包)';

const NEGATOR = [
  '不论', '无论', '不管', '不分', '不设', '不以', '不因', '不将', '不得', '不会', '不含', '不包括', '不包含', '不存在', '不涉及',
  '无需', '毋需', '不需要?', '不用', '不必', '免收?', '免除', '无', '没有', '零', '拒收', '拒绝收取', '严禁', '禁止', '杜绝',
  '反对', '绝不', '决不', '从不', '从未', '并不', '不', '欢迎', '凡是?', '谨防', '警惕', '如遇', '如有', '若有', EMPLOYER_PAYS,
].join('|');

/** What may stand between a negation and the phrase it governs. */
const FILLER = [
  '[、/和及与或跟]', '以及', '还有', '或者', '任何', '一切', '其他', '其它', '各种', '各类', '各项', '额外', '所有', '全部', '等等?', '之类的?',
  '此类', '这类', '一律', '均', '都', '也', '再', '另外', '另行', '向', '对', '给', '的', '之',
  '[“”"\'‘’「」『』《》()（）\\[\\]【】]',
  '收取?', '收费', '交纳?', '缴纳?', '支付', '付', '扣押?', '扣除', '查', '检查', '检测', '体检', '做', '设置?', '含', '包含', '包括',
  '要求', '询问', '了解', '问', '使用', '招用', '雇佣', '雇用', '聘用', '存在', '将', '以', '作为', '因', '为', '有', '涉及', '出现',
  '发生', '提供', '办理', '承担', '购买', '买', '上', '需要?', '须', '必须', '让', '要', '被', '在', '就',
  '求职者', '应聘者', '员工', '职工', '学员', '新人', '新员工', '个人', '本人', '入职者', '您', '你', '大家', '人员', '任何人',
  '\\p{sc=Han}{0,3}费用?', '\\d+元?',
].join('|');

/**
 * Words after a phrase that rule it out: 押金：无, 押金全免, 押金一律不收, 婚育情况不作为录用条件, 服装费由公司承担.
 * Short ones (无, 免费) count only where the clause ends: in "月入过万免费培训" 免费 starts a new predicate. Not 均可:
 * after a pair (男女均可) the rules' allow lists handle it, and after one group (15岁以上都可以) it is an acceptance.
 */
const AFTER_NEGATOR = [
  '(?:无|没有|全免|免收|免交|免除|免费|免|不收取?|为零|为0|0元|零|不限)(?=$|[,，。;；、!！)）])',
  '全免', '免收', '免交', '一律不收', '一概不收', '概不收取', '均不收取?', '不收取', '(?:不需要?|无需|不用)(?:缴纳|交纳?|缴|支付|付)',
  '不作要求', '无要求', '不作为[^,，。;；]*条件', '不影响[^,，。;；]{0,6}(?:录用|应聘|入职|工作)', EMPLOYER_PAYS, '报销',
].join('|');
const AFTER_FILLER = '[:：、/和及与或]|等等?|全部|均|都|一律|一概|统统|全额|概|的|用|之类的?|\\p{sc=Han}{0,3}费用?';

/** A negation that is a condition, not a refusal: "不交押金不能上岗", "不交押金的，不予录用". */
const CONDITION = /^[的者]?[,，]?(?:就|则|将)?(?:不能|不得|不予|无法|不可|不让|不准|别想|免谈|勿扰|不要|不录用|不行|没法)/;

const NEGATED_BEFORE = new RegExp(`(?:${NEGATOR})(?:${FILLER})*$`, 'u');
const NEGATED_AFTER = new RegExp(`^(?:${AFTER_FILLER})*(?:${AFTER_NEGATOR})`, 'u');
const LIST_GAP = new RegExp(`^(?:${FILLER}|[,，])*$`, 'u');

function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return 0;
}

function clauseEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (CLAUSE_END.test(text[i]!)) return i;
  return text.length;
}

function sentenceRest(text: string, at: number): string {
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return text.slice(at, end);
}

/** Whether a negation earlier in the clause governs the span: 不收取任何「押金」, 公司不设“男性优先”. */
export function negatedBefore(text: string, span: Span): boolean {
  return NEGATED_BEFORE.test(text.slice(clauseStart(text, span.start), span.start));
}

/** Whether words after the span in its clause rule it out: 押金：无, 服装费由公司承担. */
export function negatedAfter(text: string, span: Span): boolean {
  return NEGATED_AFTER.test(text.slice(span.end, clauseEnd(text, span.end)));
}

/** Whether the span is followed by a consequence, which turns "不交押金" from a refusal into a demand. */
export function conditionFollows(text: string, span: Span): boolean {
  return CONDITION.test(sentenceRest(text, span.end));
}

/**
 * For each span, whether it is negated. A negation also covers the other items of its list: in
 * "不收取押金、保证金、服装费" all three, and in "押金、保证金一律不收" both.
 */
export function negatedSpans(text: string, spans: readonly Span[]): boolean[] {
  const out = spans.map((s) => negatedBefore(text, s) || negatedAfter(text, s));
  const listed = (a: Span, b: Span) => LIST_GAP.test(text.slice(a.end, b.start));
  for (let i = 1; i < spans.length; i++) if (out[i - 1] && !out[i] && listed(spans[i - 1]!, spans[i]!)) out[i] = true;
  for (let i = spans.length - 2; i >= 0; i--) if (out[i + 1] && !out[i] && listed(spans[i]!, spans[i + 1]!)) out[i] = true;
  return out.map((negated, i) => negated && !conditionFollows(text, spans[i]!));
}

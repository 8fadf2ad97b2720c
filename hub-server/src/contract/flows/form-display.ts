import type { LocalizedText } from '../common.ts';
import { maskIdNumber, maskName, maskPhone } from '../id-number.ts';
import type { Field, SimpleField } from './fields.ts';
import type { FormFlow } from './form.ts';
import { FormState, isEmpty, type AnswerValue, type Answers, type ScalarAnswer } from './form-logic.ts';

/** A personal answer other than a name, ID number or phone: nothing of it is shown once entered. */
export const HIDDEN_ANSWER: LocalizedText = { zh: '已填写（不显示）', en: 'Given (not shown)' };

const money = (v: number) => v.toLocaleString('zh-CN', { minimumFractionDigits: v % 1 ? 2 : 0, maximumFractionDigits: 2 });

/**
 * One answer as screens, slips and staff lists show it: option labels instead of values, and personal values
 * masked (张*, 1101**********002X, 139****5555; health and income not at all).
 */
export function showAnswer(field: Field | SimpleField, value: AnswerValue | undefined): LocalizedText {
  if (isEmpty(value)) return { zh: '—', en: '—' };
  const same = (s: string): LocalizedText => ({ zh: s, en: s });
  const v = value as ScalarAnswer;
  switch (field.type) {
    case 'id-number':
      return same(maskIdNumber(String(v)));
    case 'name':
      return same(maskName(String(v)));
    case 'phone':
      return same(maskPhone(String(v)));
    case 'group': {
      const n = (value as unknown[]).length;
      return { zh: `${n} 项（${field.itemLabel.zh}）`, en: `${n} × ${field.itemLabel.en}` };
    }
    default:
      break;
  }
  if (field.personal) return HIDDEN_ANSWER;
  switch (field.type) {
    case 'text':
    case 'date':
      return same(String(v));
    case 'number':
      return field.unit ? { zh: `${v} ${field.unit.zh}`, en: `${v} ${field.unit.en}` } : same(String(v));
    case 'money':
      return { zh: `${money(v as number)} 元`, en: `¥${money(v as number)}` };
    case 'yes-no':
      return v ? { zh: '是', en: 'Yes' } : { zh: '否', en: 'No' };
    case 'choice': {
      const chosen = (Array.isArray(v) ? v : [String(v)]).map((x) => field.options.find((o) => o.value === x)?.label ?? same(x));
      return { zh: chosen.map((c) => c.zh).join('、'), en: chosen.map((c) => c.en).join(', ') };
    }
    case 'checklist': {
      const ticked = (v as string[]).length;
      return { zh: `已确认 ${ticked}/${field.items.length} 项`, en: `${ticked} of ${field.items.length} confirmed` };
    }
  }
}

/** A line of the review page or the staff's view: the question and the answer, shown as above. */
export interface AnswerLine {
  field: string;
  label: LocalizedText;
  value: LocalizedText;
  /** The entries of a repeated group, each a list of lines. */
  entries?: AnswerLine[][];
}

/** The answers that count (shown fields only), in the order of the form, ready to list. */
export function answerLines(form: Pick<FormFlow, 'pages' | 'conditions'>, answers: Answers): AnswerLine[] {
  const state = new FormState(form, answers);
  return state.pages().flatMap((p) => p.fields.filter((f) => state.shown(f) && !isEmpty(answers[f.id])).map((f): AnswerLine => {
    const line: AnswerLine = { field: f.id, label: f.label, value: showAnswer(f, answers[f.id]) };
    if (f.type !== 'group') return line;
    const items = answers[f.id] as Array<Record<string, ScalarAnswer>>;
    return { ...line, entries: items.map((item) => f.fields.filter((x) => !isEmpty(item[x.id])).map((x) => ({ field: x.id, label: x.label, value: showAnswer(x, item[x.id]) }))) };
  }));
}

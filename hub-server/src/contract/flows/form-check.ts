import type { LocalizedText } from '../common.ts';
import { idNumberProblem, type IdProblem } from '../id-number.ts';
import type { SimpleField } from './fields.ts';
import type { FormFlow } from './form.ts';
import { FormState, isEmpty, type AnswerValue, type Answers, type ScalarAnswer } from './form-logic.ts';

/** A problem with one answer, said to the visitor in both languages, at the field's path ("answers.workers.0.idNo"). */
export interface AnswerIssue {
  path: string;
  field: string;
  text: LocalizedText;
}

const say = (zh: string, en: string): LocalizedText => ({ zh, en });

const ID_TEXT: Record<IdProblem, LocalizedText> = {
  format: say('身份证号码是 18 位：17 位数字加最后一位数字或 X', 'An ID number has 18 characters: 17 digits, then a digit or X'),
  region: say('身份证号码的前两位不对，请核对', 'The first two digits are not right; please check them'),
  'birth-date': say('身份证号码里的出生日期不对，请核对', 'The date of birth inside the number is not right; please check it'),
  checksum: say('身份证号码有一位不对，请逐位核对', 'One character of the number is wrong; please check each one'),
};

const MOBILE = /^1[3-9]\d{9}$/;
/** Chinese names, with the middle dot of minority and foreign names; or Latin letters for foreign residents. */
const PERSON_NAME = /^(?:[\u3400-\u9fff·•]{2,20}|[A-Za-z][A-Za-z .'-]{1,59})$/u;

function daysOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** A real calendar date (or month) in the form the field asks for. */
function validDate(v: string, precision: 'day' | 'month'): boolean {
  const full = precision === 'month' ? `${v}-01` : v;
  if (!(precision === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(v)) return false;
  const d = new Date(`${full}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === full;
}

/** What is wrong with one answer to one field (not counting a missing answer), or null. */
export function fieldProblem(field: SimpleField, v: ScalarAnswer, today: string): LocalizedText | null {
  switch (field.type) {
    case 'text': {
      if (typeof v !== 'string') return say('请填写文字', 'Please write an answer');
      const text = field.upperCase ? v.trim().toUpperCase() : v.trim();
      const n = [...text].length;
      if (n < field.minLength) return say(`至少写 ${field.minLength} 个字`, `Write at least ${field.minLength} characters`);
      if (n > field.maxLength) return say(`最多 ${field.maxLength} 个字`, `At most ${field.maxLength} characters`);
      if (field.pattern && !new RegExp(field.pattern.regex, 'u').test(text)) return field.pattern.message;
      return null;
    }
    case 'number':
    case 'money': {
      if (typeof v !== 'number') return say('请填写一个数', 'Please enter a number');
      if (field.type === 'number' && field.integer && !Number.isInteger(v)) return say('请填写整数', 'Please enter a whole number');
      if (field.type === 'money' && Math.round(v * 100) !== v * 100) return say('金额最多精确到分', 'Amounts have at most two decimals');
      if (v < field.min || v > field.max) return say(`请填写 ${field.min} 到 ${field.max} 之间的数`, `Enter a number from ${field.min} to ${field.max}`);
      return null;
    }
    case 'date': {
      if (typeof v !== 'string' || !validDate(v, field.precision)) {
        return field.precision === 'month' ? say('请选择年份和月份', 'Please choose a year and a month') : say('请选择一个日期', 'Please choose a date');
      }
      const day = field.precision === 'month' ? `${v}-01` : v;
      if (field.range === 'past' && daysOf(day) > daysOf(today)) return say('这个日期不能晚于今天', 'This date cannot be after today');
      if (field.range === 'future' && daysOf(field.precision === 'month' ? `${v}-28` : v) < daysOf(today)) return say('这个日期不能早于今天', 'This date cannot be before today');
      return null;
    }
    case 'choice': {
      const values = field.options.map((o) => o.value);
      if (!field.multiple) return typeof v === 'string' && values.includes(v) ? null : say('请从选项中选一项', 'Please choose one of the options');
      if (!Array.isArray(v) || v.some((x) => !values.includes(x)) || new Set(v).size !== v.length) return say('请从选项中选择', 'Please choose from the options');
      if (field.maxSelected && v.length > field.maxSelected) return say(`最多选 ${field.maxSelected} 项`, `Choose at most ${field.maxSelected}`);
      return null;
    }
    case 'yes-no':
      return typeof v === 'boolean' ? null : say('请选“是”或“否”', 'Please choose yes or no');
    case 'id-number': {
      if (typeof v !== 'string') return ID_TEXT.format;
      const problem = idNumberProblem(v.trim().toUpperCase(), new Date(`${today}T23:59:59Z`));
      return problem ? ID_TEXT[problem] : null;
    }
    case 'phone':
      return typeof v === 'string' && MOBILE.test(v) ? null : say('请填写 11 位手机号码', 'Please enter an 11-digit mobile number');
    case 'name':
      return typeof v === 'string' && PERSON_NAME.test(v.trim()) ? null : say('请按身份证上的写法填写姓名', 'Please write the name as it is on the ID card');
    case 'checklist': {
      const values = field.items.map((i) => i.value);
      if (!Array.isArray(v) || v.some((x) => !values.includes(x))) return say('请逐项确认', 'Please confirm each item');
      const missing = field.items.filter((i) => i.mustTick && !v.includes(i.value)).length;
      return missing ? say(`还有 ${missing} 项没有确认`, `${missing} item${missing > 1 ? 's' : ''} not confirmed yet`) : null;
    }
  }
}

/** The answer as stored: texts trimmed, ID numbers in capitals. */
function normalise(field: SimpleField, v: ScalarAnswer): ScalarAnswer {
  if (typeof v !== 'string') return v;
  return field.type === 'id-number' || (field.type === 'text' && field.upperCase) ? v.trim().toUpperCase() : v.trim();
}

function missing(field: { type: string }): LocalizedText {
  if (field.type === 'choice' || field.type === 'yes-no') return say('请选择一项', 'Please choose one');
  if (field.type === 'checklist') return say('请逐项确认', 'Please confirm each item');
  if (field.type === 'group') return say('请至少添加一项', 'Please add at least one');
  return say('请填写这一项', 'Please answer this');
}

export interface CheckOptions {
  /** Only the fields of this page (the kiosk's 下一步); the hub checks every page. */
  page?: string;
  /** Fields the hub fills itself (from the card): counted as answered, never checked here. */
  filled?: ReadonlySet<string>;
}

/**
 * Checks answers against a form as its conditions stand on those answers: what is shown and required must be
 * answered, every answer must fit its field, unknown fields are refused. Returns the answers that count
 * (hidden ones dropped, texts trimmed) and every issue at its field. `today` is the hall's day, YYYY-MM-DD.
 */
export function checkAnswers(form: Pick<FormFlow, 'pages' | 'conditions'>, answers: Answers, today: string, opts: CheckOptions = {}): { answers: Answers; issues: AnswerIssue[] } {
  const state = new FormState(form, answers);
  const issues: AnswerIssue[] = [];
  const clean: Answers = {};
  const known = new Set(form.pages.flatMap((p) => p.fields.map((f) => f.id)));
  if (!opts.page) {
    for (const key of Object.keys(answers)) if (!known.has(key)) issues.push({ path: `answers.${key}`, field: key, text: say('表中没有这一项', 'This form has no such question') });
  }
  for (const page of form.pages) {
    if (opts.page && page.id !== opts.page) continue;
    for (const field of page.fields) {
      if (!state.shown(field)) continue;
      const v = answers[field.id];
      const path = `answers.${field.id}`;
      if (opts.filled?.has(field.id)) continue;
      if (isEmpty(v)) {
        if (state.required(field)) issues.push({ path, field: field.id, text: missing(field) });
        continue;
      }
      if (field.type !== 'group') {
        const problem = fieldProblem(field, v as ScalarAnswer, today);
        if (problem) issues.push({ path, field: field.id, text: problem });
        else clean[field.id] = normalise(field, v as ScalarAnswer);
        continue;
      }
      const items = Array.isArray(v) ? (v as unknown[]) : [];
      if (!items.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
        issues.push({ path, field: field.id, text: missing(field) });
        continue;
      }
      if (items.length < field.min || items.length > field.max) {
        issues.push({ path, field: field.id, text: say(`请填写 ${field.min} 到 ${field.max} 项`, `Add from ${field.min} to ${field.max} entries`) });
        continue;
      }
      const entries = (items as Array<Record<string, AnswerValue>>).map((item, i) => {
        const entry: Record<string, ScalarAnswer> = {};
        for (const key of Object.keys(item)) {
          if (!field.fields.some((f) => f.id === key)) issues.push({ path: `${path}.${i}.${key}`, field: field.id, text: say('表中没有这一项', 'This form has no such question') });
        }
        for (const inner of field.fields) {
          const x = item[inner.id] as ScalarAnswer | undefined;
          const at = `${path}.${i}.${inner.id}`;
          if (isEmpty(x)) {
            if (inner.required === true) issues.push({ path: at, field: field.id, text: missing(inner) });
            continue;
          }
          const problem = fieldProblem(inner, x!, today);
          if (problem) issues.push({ path: at, field: field.id, text: problem });
          else entry[inner.id] = normalise(inner, x!);
        }
        return entry;
      });
      clean[field.id] = entries;
    }
  }
  return { answers: clean, issues };
}

import type { CreateVacancyInput } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { BENEFIT_ZH, EDUCATION_ZH, EMPLOYMENT_ZH, LABEL_ZH, PAY_PERIOD_ZH, PROGRAMME_ZH, SHIFT_ZH } from './labels.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';

type Field = keyof CreateVacancyInput;
type Kind = 'text' | 'int' | 'bool' | 'list' | 'enum' | 'enum-list' | 'district' | 'occupation' | 'certificates';

/** Column headings accepted for each field: the Chinese of a 招聘简章 sheet, and the API's own names. */
const COLUMNS: Array<{ field: Field; kind: Kind; names: string[]; zh?: Record<string, string> }> = [
  { field: 'title', kind: 'text', names: ['岗位名称', '职位名称', '招聘岗位'] },
  { field: 'employerName', kind: 'text', names: ['单位名称', '用人单位', '企业名称'] },
  { field: 'description', kind: 'text', names: ['岗位描述', '工作内容', '岗位职责'] },
  { field: 'district', kind: 'district', names: ['区', '所在区', '工作区域', '区域'] },
  { field: 'payMin', kind: 'int', names: ['最低月薪', '薪资下限', '月薪下限'] },
  { field: 'payMax', kind: 'int', names: ['最高月薪', '薪资上限', '月薪上限'] },
  { field: 'headcount', kind: 'int', names: ['招聘人数', '人数'] },
  { field: 'contactPhone', kind: 'text', names: ['联系电话', '电话'] },
  { field: 'contactName', kind: 'text', names: ['联系人'] },
  { field: 'occupationCode', kind: 'occupation', names: ['职业', '职业代码', '工种'] },
  { field: 'address', kind: 'text', names: ['工作地址', '地址'] },
  { field: 'workLocation', kind: 'text', names: ['工作地点'] },
  { field: 'payPeriod', kind: 'enum', names: ['结算方式', '发薪方式'], zh: PAY_PERIOD_ZH },
  { field: 'pieceRate', kind: 'bool', names: ['计件'] },
  { field: 'shifts', kind: 'enum-list', names: ['班次'], zh: SHIFT_ZH },
  { field: 'hoursPerWeek', kind: 'int', names: ['每周工时'] },
  { field: 'employmentType', kind: 'enum', names: ['用工形式'], zh: EMPLOYMENT_ZH },
  { field: 'skills', kind: 'list', names: ['技能要求'] },
  { field: 'preferredSkills', kind: 'list', names: ['加分技能'] },
  { field: 'certificates', kind: 'certificates', names: ['证书', '证书要求'] },
  { field: 'education', kind: 'enum', names: ['学历', '学历要求'], zh: EDUCATION_ZH },
  { field: 'experienceYears', kind: 'int', names: ['经验年限', '工作经验'] },
  { field: 'meals', kind: 'bool', names: ['包吃'] },
  { field: 'lodging', kind: 'bool', names: ['包住'] },
  { field: 'benefits', kind: 'enum-list', names: ['福利'], zh: BENEFIT_ZH },
  { field: 'labels', kind: 'enum-list', names: ['岗位类别'], zh: LABEL_ZH },
  { field: 'programme', kind: 'enum', names: ['劳务项目'], zh: PROGRAMME_ZH },
  { field: 'closesOn', kind: 'text', names: ['截止日期'] },
];

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '包']);
const NO = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '不包', '']);

export interface RowProblem {
  field: string;
  message: string;
}

/** A sheet's header row → the field of each column. A column the form does not have refuses the whole sheet. */
export function mapHeader(header: string[]): Array<(typeof COLUMNS)[number]> {
  return header.map((raw, i) => {
    const h = raw.trim();
    const col = COLUMNS.find((c) => c.field === h || c.names.includes(h));
    if (!col) {
      throw fieldError(400, 'body', `column ${i + 1} "${h.slice(0, 20)}" is not a vacancy field (the form has no field for gender, age, hukou, ethnicity, marital status, height or health)`, 'UNKNOWN_COLUMN');
    }
    return col;
  });
}

/**
 * One sheet row → the body POST /api/vacancies takes, from the words people type in a sheet (是/否, 月结,
 * 长白班、两班倒, 浦东新区, 叉车司机证). What cannot be read is reported by field; the schema checks the rest.
 */
export function rowToBody(cells: string[], columns: ReturnType<typeof mapHeader>, vocab: Vocabulary): { body: Record<string, unknown>; problems: RowProblem[] } {
  const body: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  const split = (v: string) => v.split(/[、,，;；|/]/).map((x) => x.trim()).filter(Boolean);
  columns.forEach((col, i) => {
    const v = (cells[i] ?? '').trim();
    if (v === '' && col.kind !== 'bool') return;
    const bad = (message: string) => problems.push({ field: col.field, message });
    const fromZh = (x: string) => {
      const entry = Object.entries(col.zh ?? {}).find(([code, zh]) => code === x || zh === x || zh.split('/').includes(x));
      return entry?.[0];
    };
    switch (col.kind) {
      case 'text': body[col.field] = v; break;
      case 'int': {
        const n = Number(v.replace(/[,，元]/g, ''));
        if (!Number.isInteger(n)) bad(`"${v.slice(0, 20)}" is not a whole number`);
        else body[col.field] = n;
        break;
      }
      case 'bool':
        if (YES.has(v.toLowerCase())) body[col.field] = true;
        else if (NO.has(v.toLowerCase())) body[col.field] = false;
        else bad(`"${v.slice(0, 20)}": write 是 or 否`);
        break;
      case 'list': body[col.field] = split(v); break;
      case 'enum': {
        const code = fromZh(v);
        if (code) body[col.field] = code;
        else bad(`"${v.slice(0, 20)}" is not one of ${Object.values(col.zh ?? {}).join('、')}`);
        break;
      }
      case 'enum-list': {
        const codes = split(v).map((x) => [x, fromZh(x)] as const);
        const unknown = codes.filter(([, c]) => !c).map(([x]) => x);
        if (unknown.length) bad(`"${unknown.join('、').slice(0, 30)}" not known; use ${Object.values(col.zh ?? {}).join('、')}`);
        else body[col.field] = codes.map(([, c]) => c);
        break;
      }
      case 'district': {
        const d = vocab.districts.find((x) => x.code === v || x.name === v || x.name.replace(/(新区|区)$/, '') === v);
        if (d) body[col.field] = d.code;
        else bad(`unknown district "${v.slice(0, 20)}"`);
        break;
      }
      case 'occupation': {
        const o = vocab.occupation(v) ?? vocab.occupationForTerm(v);
        if (o) body[col.field] = o.code;
        else bad(`unknown occupation "${v.slice(0, 20)}"`);
        break;
      }
      case 'certificates': {
        const found = split(v).map((x) => [x, vocab.certificate(x) ?? vocab.certificates.find((c) => c.name === x || c.name.startsWith(x))] as const);
        const unknown = found.filter(([, c]) => !c).map(([x]) => x);
        if (unknown.length) bad(`certificates not in the list: ${unknown.join('、').slice(0, 40)}`);
        else body[col.field] = found.map(([, c]) => c!.code);
        break;
      }
    }
  });
  return { body, problems };
}

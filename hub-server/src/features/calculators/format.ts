import type { Band, CalcFormat, CalcInput, Lang, LocalizedText, Value } from '../../contract/index.ts';

const YUAN: LocalizedText = { zh: '元', en: 'yuan' };

/** 39150 → "39,150"; 2175.5 → "2,175.5": grouped, at most two decimals, no trailing zeros. */
export function plainNumber(x: number, decimals = 2): string {
  const fixed = Math.abs(x).toFixed(decimals).replace(/\.?0+$/, '');
  const [whole, frac] = fixed.split('.');
  return `${x < 0 ? '-' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** How a figure reads in both languages, by its format and unit: "2,175 元/月", "90%", "18 个月". */
export function formatValue(value: Value, spec: { format: CalcFormat; unit?: LocalizedText | undefined }): LocalizedText {
  if (typeof value === 'boolean') return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  if (typeof value === 'string') return { zh: value, en: value };
  const both = (f: (lang: Lang) => string): LocalizedText => ({ zh: f('zh'), en: f('en') });
  switch (spec.format) {
    case 'amount': {
      const unit = spec.unit ?? YUAN;
      return both((l) => `${plainNumber(value)} ${unit[l]}`);
    }
    case 'percent':
      return both(() => `${plainNumber(value * 100)}%`);
    default:
      return both((l) => (spec.unit ? `${plainNumber(value)} ${spec.unit[l]}` : plainNumber(value)));
  }
}

/** An answer as the visitor reads it back: a choice by its label, yes/no in words, a number with its unit. */
export function formatAnswer(input: CalcInput, value: Value): LocalizedText {
  if (input.type === 'choice') return input.options.find((o) => o.value === value)?.label ?? { zh: String(value), en: String(value) };
  if (input.type === 'money') return formatValue(value, { format: 'amount', unit: input.unit });
  if (input.type === 'number') return formatValue(value, { format: 'number', unit: input.unit });
  return formatValue(value, { format: 'number' });
}

/** A band of a table in words: "满 5 年不足 10 年：18 个月" / "5 to under 10 years: 18 months". */
export function formatBand(band: Band, overUnit: LocalizedText, spec: { format: CalcFormat; unit?: LocalizedText | undefined }): LocalizedText {
  const v = formatValue(band.value, spec);
  const from = plainNumber(band.from);
  if (band.to === null) return { zh: `满 ${from} ${overUnit.zh}及以上：${v.zh}`, en: `${from} ${overUnit.en} or more: ${v.en}` };
  const to = plainNumber(band.to);
  return { zh: `满 ${from} ${overUnit.zh}不足 ${to} ${overUnit.zh}：${v.zh}`, en: `${from} to under ${to} ${overUnit.en}: ${v.en}` };
}

/** A whole table on one line, for the figure it is: bands separated by "；". */
export function formatTable(bands: readonly Band[], overUnit: LocalizedText, spec: { format: CalcFormat; unit?: LocalizedText | undefined }): LocalizedText {
  const each = bands.map((b) => formatBand(b, overUnit, spec));
  return { zh: each.map((b) => b.zh).join('；'), en: each.map((b) => b.en).join('; ') };
}

/** Fills {name} in a plain-words template with each name's text in that language. */
export function fill(template: LocalizedText, shown: (name: string) => LocalizedText | undefined): LocalizedText {
  const one = (text: string, lang: Lang) => text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (all, name: string) => shown(name)?.[lang] ?? all);
  return { zh: one(template.zh, 'zh'), en: one(template.en, 'en') };
}

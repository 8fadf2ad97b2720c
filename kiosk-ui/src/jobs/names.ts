import type { Lang, Vocabulary } from '@jobhall/ui-kit';

/**
 * The controlled lists' names in the visitor's language. In Chinese a kind of work goes by its everyday name
 * (保安, not 保安员); in English by its English name. A name outside the lists (an employer's own word for a
 * skill) stays as written.
 */
type Occupation = Vocabulary['occupations'][number];

export function occupationLabel(o: Occupation, lang: Lang): string {
  return lang === 'en' ? o.en : (o.synonyms[0] ?? o.name);
}

export function occupationName(vocab: Vocabulary | null, code: string | null, lang: Lang, fallback = ''): string {
  const o = code ? vocab?.occupations.find((x) => x.code === code) : undefined;
  return o ? (lang === 'en' ? o.en : o.name) : fallback;
}

export function districtName(vocab: Vocabulary | null, code: string, lang: Lang, fallback = code): string {
  const d = vocab?.districts.find((x) => x.code === code);
  return d ? (lang === 'en' ? d.en : d.name) : fallback;
}

export function skillName(vocab: Vocabulary | null, skill: string, lang: Lang): string {
  return lang === 'en' ? (vocab?.skills.find((s) => s.name === skill)?.en ?? skill) : skill;
}

export function certificateName(vocab: Vocabulary | null, code: string, lang: Lang, fallback = code): string {
  const c = vocab?.certificates.find((x) => x.code === code);
  return c ? (lang === 'en' ? c.en : c.name) : fallback;
}

/** A list as each language writes one: 保安、保洁 / security, cleaning. */
export function listOf(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'en' ? ', ' : '、');
}

/** Label and value as each language writes them: 技能：巡逻 / Skills: patrolling. */
export function labelled(label: string, value: string, lang: Lang): string {
  return lang === 'en' ? `${label}: ${value}` : `${label}：${value}`;
}

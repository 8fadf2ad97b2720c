import type { Lang, LocalizedText } from '@jobhall/hub-server/contract';

export type { Lang, LocalizedText };

/** The text in the chosen language; Chinese is always there and is the fallback. */
export function t(text: LocalizedText, lang: Lang): string {
  return lang === 'en' ? text.en || text.zh : text.zh;
}

/** Both languages, Chinese first: for screens read from a distance by everybody at once. */
export function both(text: LocalizedText): string {
  return `${text.zh} · ${text.en}`;
}

/** A message with its {placeholders} filled: fill('剩 {n} 个', { n: 3 }). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** An app's own UI strings, checked to exist in both languages by the type. */
export type Messages<K extends string> = Record<K, LocalizedText>;

export function setDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

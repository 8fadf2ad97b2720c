/**
 * Server-rendered HTML with strict escaping: every value put into an `html` template is escaped unless it is
 * itself the result of `html` (or of `trusted`, for markup the hub made, such as a QR code's SVG). Text from
 * staff and employers (notice bodies, vacancy titles) can never become markup on a public page.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup the hub generated itself (an SVG chart, a QR code): never text that came from a person. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** A body text's paragraphs: blank lines separate them, single line breaks stay breaks. */
export function paragraphs(text: string): SafeHtml {
  return html`${text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => html`<p>${p.split('\n').map((line, i) => (i ? html`<br>${line}` : html`${line}`))}</p>`)}`;
}

/**
 * Phone numbers in a text as tel: links, so a tap calls them: mainland landlines (021-63210000), mobiles and
 * short service numbers such as 12333. Everything else stays escaped text.
 */
export function withPhoneLinks(text: string): SafeHtml {
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const m of text.matchAll(/(?<![\d-])(0\d{2,3}-\d{7,8}|1[3-9]\d{9}|12333)(?![\d-])/g)) {
    parts.push(html`${text.slice(last, m.index)}`, telLink(m[0]));
    last = m.index! + m[0].length;
  }
  parts.push(html`${text.slice(last)}`);
  return html`${parts}`;
}

export function telLink(phone: string): SafeHtml {
  return html`<a class="tel" href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>`;
}

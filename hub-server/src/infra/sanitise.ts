/**
 * Staff-written rich text (a notice on the lobby screens, a guide's note) as a tight allow-list of HTML:
 * paragraphs, line breaks, emphasis, lists and two heading levels, with no attribute at all. Everything else
 * is taken apart: an unknown tag loses its markup and keeps its text; script, style and other containers of
 * code or foreign markup lose their content too; comments, doctypes and processing instructions go. The
 * result is well formed (every tag closed, in order) and can be put into a page as it is.
 *
 * A string scanner, not a DOM: it runs the same in the hub and in a browser, and it never builds what it
 * reads, so nothing in the input can run while it is being cleaned.
 */

const ALLOWED = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'mark', 'small', 'ul', 'ol', 'li', 'h3', 'h4']);
const VOID = new Set(['br']);
/** Containers whose content is code or foreign markup, never text for a reader. */
const DROP_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'select', 'head']);
const MAX_DEPTH = 12;

const ENTITY = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '&') out += ENTITY.test(text.slice(i, i + 40)) ? '&' : '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else out += c;
  }
  return out;
}

/** The index just past the tag that starts at `from` (at its '<'), honouring quoted attribute values. */
function tagEnd(s: string, from: number): number {
  let quote: string | null = null;
  for (let i = from + 1; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return s.length;
}

export function sanitiseRichText(input: string): string {
  // Control characters other than tab and newline have no place in a notice.
  const s = input.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  const open: string[] = [];
  let out = '';
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt === -1) {
      out += escapeText(s.slice(i));
      break;
    }
    out += escapeText(s.slice(i, lt));
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      i = end === -1 ? s.length : end + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(s.slice(lt, lt + 64));
    if (!m) {
      if (s[lt + 1] === '!' || s[lt + 1] === '?') {
        i = tagEnd(s, lt);
        continue;
      }
      out += '&lt;';
      i = lt + 1;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const end = tagEnd(s, lt);
    i = end;
    if (DROP_CONTENT.has(name)) {
      if (!closing && !s.slice(lt, end).endsWith('/>')) {
        const close = s.toLowerCase().indexOf(`</${name}`, end);
        i = close === -1 ? s.length : tagEnd(s, close);
      }
      continue;
    }
    if (!ALLOWED.has(name)) continue;
    if (VOID.has(name)) {
      if (!closing) out += `<${name}>`;
      continue;
    }
    if (!closing) {
      if (open.length >= MAX_DEPTH) continue;
      open.push(name);
      out += `<${name}>`;
      continue;
    }
    const at = open.lastIndexOf(name);
    if (at === -1) continue;
    while (open.length > at) out += `</${open.pop()}>`;
  }
  while (open.length) out += `</${open.pop()}>`;
  return out;
}

/** The text of sanitised rich text, for a ticker line or an LED board: tags gone, entities read. */
export function richTextToPlain(html: string): string {
  return html
    .replace(/<br>|<\/(p|li|h3|h4)>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

import type { FastifyInstance } from 'fastify';
import { fieldError } from './errors.ts';

/**
 * What staff and visitors type, made safe to keep and to show, without a DOM:
 * - unsafeCharacter / findUnsafeText: control characters (they would reach ESC/POS printers and LED boards as
 *   commands), bidirectional overrides (they make text read differently from what it is), lone surrogates;
 * - plainText: text tidied for storage (NFC, \n line ends, no unsafe characters, trimmed);
 * - sanitiseRichText: staff-curated rich text cut down to a tight allow-list of tags without attributes,
 *   re-serialised from tokens, so nothing of the input's markup survives but those tags and escaped text;
 * - sniffUpload: what an uploaded file is by its first bytes, whatever its name or content type says;
 * - installInputHygiene: every request's body, query and parameters refused with a 400 on an unsafe character.
 */

/**
 * C0 controls but tab, line feed and carriage return; DEL and the C1 controls; the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069; the LRM/RLM marks stay, Uyghur text uses them); lone surrogates.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** The first unsafe character of a text as "U+001B", or null when there is none. */
export function unsafeCharacter(text: string): string | null {
  const m = UNSAFE.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** The first string inside a value (a parsed JSON body, a query) holding an unsafe character, with its path. */
export function findUnsafeText(value: unknown, path: string, depth = 0): { path: string; char: string } | null {
  if (typeof value === 'string') {
    const char = unsafeCharacter(value);
    return char ? { path, char } : null;
  }
  if (depth > 32 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  for (const [key, v] of Object.entries(value)) {
    const keyChar = unsafeCharacter(key);
    if (keyChar) return { path, char: keyChar };
    const found = findUnsafeText(v, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Text for storage: composed (NFC), \n line ends, unsafe characters removed, outer space trimmed. */
export function plainText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(UNSAFE_ALL, '').trim();
}

/** Tags rich text may keep, all without attributes: paragraphs, emphasis, lists, two heading levels, quotes. */
const ALLOWED = new Set(['p', 'br', 'strong', 'em', 'b', 'i', 'u', 's', 'ul', 'ol', 'li', 'h2', 'h3', 'blockquote']);
const VOID = new Set(['br']);
/** Elements whose content is code, hidden or foreign: dropped with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes',
  'textarea', 'title', 'xmp', 'plaintext', 'svg', 'math', 'select', 'option', 'head', 'video', 'audio', 'canvas',
]);
/** Nesting deeper than this is flattened: no screen needs it, and it bounds the work. */
const MAX_DEPTH = 16;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Character references in text become characters (then escaped again on output): no double escaping. */
function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});?/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Index just past the '>' that ends a tag begun at `from`, quotes respected; -1 when it never ends. */
function tagEnd(s: string, from: number): number {
  let quote = '';
  for (let j = from; j < s.length; j++) {
    const c = s[j]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return -1;
}

/**
 * Staff-curated rich text (signage slides, notices with emphasis) cut to the allow-list. The input is read as
 * tokens and a new document is written: allowed tags bare (every attribute dropped: no on*, no style, no
 * href), other tags removed with their text kept, the DROPPED elements removed whole, comments, doctypes and
 * processing instructions removed, text decoded and escaped again, unsafe characters removed, every open tag
 * closed. The result can be put into a page as HTML.
 */
export function sanitiseRichText(input: string): string {
  const s = input.normalize('NFC');
  const lower = s.toLowerCase();
  const out: string[] = [];
  const open: string[] = [];
  const text = (t: string) => {
    if (t) out.push(escapeText(decodeEntities(t).replace(UNSAFE_ALL, '')));
  };
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt === -1) {
      text(s.slice(i));
      break;
    }
    text(s.slice(i, lt));
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      i = end === -1 ? s.length : end + 3;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(s.slice(lt, lt + 64));
    if (!m) {
      if (s[lt + 1] === '!' || s[lt + 1] === '?' || s[lt + 1] === '/') {
        // <!doctype>, <![CDATA[…]]>, <?…?>, </3>: markup that is not an element (browsers read a bogus comment), dropped.
        const end = s.indexOf('>', lt);
        i = end === -1 ? s.length : end + 1;
      } else {
        text('<');
        i = lt + 1;
      }
      continue;
    }
    const end = tagEnd(s, lt + m[0].length);
    if (end === -1) break; // an unterminated tag: the rest is its attributes, dropped
    const tag = m[2]!.toLowerCase();
    const closing = m[1] === '/';
    i = end;
    if (!closing && DROPPED.has(tag)) {
      const close = lower.indexOf(`</${tag}`, i);
      const after = close === -1 ? -1 : tagEnd(s, close + tag.length + 2);
      i = after === -1 ? s.length : after;
      continue;
    }
    if (!ALLOWED.has(tag)) continue;
    if (VOID.has(tag)) {
      if (!closing) out.push(`<${tag}>`);
    } else if (!closing) {
      if (open.length < MAX_DEPTH) {
        open.push(tag);
        out.push(`<${tag}>`);
      }
    } else if (open.includes(tag)) {
      while (open.length) {
        const top = open.pop()!;
        out.push(`</${top}>`);
        if (top === tag) break;
      }
    }
  }
  while (open.length) out.push(`</${open.pop()}>`);
  return out.join('');
}

/** The text of sanitised rich text, for where markup cannot go (printouts, LED lines, the spoken version). */
export function richTextPlain(html: string): string {
  return plainText(decodeEntities(sanitiseRichText(html).replace(/<br>|<\/(p|li|h2|h3|blockquote)>/g, '\n').replace(/<[^>]*>/g, '')));
}

export type UploadType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'audio/wav' | 'application/pdf';

const startsWith = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((x, k) => b[at + k] === x);
const ascii = (b: Uint8Array, text: string, at = 0) => startsWith(b, [...text].map((c) => c.charCodeAt(0)), at);

/**
 * What an upload is by its magic bytes, or null for anything else, SVG and HTML included (they can carry
 * script). Callers compare it with what they accept and with the type the client claimed.
 */
export function sniffUpload(b: Uint8Array): UploadType | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(b, 'GIF87a') || ascii(b, 'GIF89a')) return 'image/gif';
  if (ascii(b, 'RIFF') && ascii(b, 'WEBP', 8)) return 'image/webp';
  if (ascii(b, 'RIFF') && ascii(b, 'WAVE', 8)) return 'audio/wav';
  if (ascii(b, '%PDF-')) return 'application/pdf';
  return null;
}

/**
 * Refuses, before validation, any request whose body, query or parameters carry an unsafe character: a 400
 * naming the field and the character. One check for every route, so a printer command or a bidi override
 * typed into any field never reaches the database, a slip or an LED board. Uploads (raw bytes) are the
 * routes' own to check.
 */
export function installInputHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    for (const [part, value] of [['params', req.params], ['querystring', req.query], ['body', req.body]] as const) {
      if (Buffer.isBuffer(value)) continue;
      const found = findUnsafeText(value, part);
      if (found) throw fieldError(400, found.path, `contains the control or direction character ${found.char}`, 'UNSAFE_TEXT');
    }
  });
}

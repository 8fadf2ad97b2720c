import { MAX_SAY_CHARS } from '@jobhall/hub-server/contract';
import type { Lang } from '@jobhall/ui-kit';

/** Whitespace as a reader hears it: runs collapse, ends trimmed. */
export const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Several things to say as one clip, in order, each once: a pause between them (a full stop in the visitor's
 * language unless the text ends with its own), cut at a whole piece to the hub's limit. Nothing to say is ''.
 */
export function utterance(lang: Lang, texts: readonly string[], max = MAX_SAY_CHARS): string {
  const stop = lang === 'zh' ? '。' : '. ';
  let out = '';
  const seen = new Set<string>();
  for (const raw of texts) {
    const text = plain(raw);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const piece = out && !/[。.!?！？；;：:，,]\s*$/.test(out) ? stop + text : (out ? ' ' : '') + text;
    if ((out + piece).length > max) {
      // The first piece alone too long (a long intro): its start is still worth hearing.
      if (!out) out = text.slice(0, max);
      break;
    }
    out += piece;
  }
  return plain(out);
}

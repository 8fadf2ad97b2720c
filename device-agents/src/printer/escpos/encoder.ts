import iconv from 'iconv-lite';
import type { PrintBlock, PrintDocument } from '@jobhall/hub-server/contract';
import * as C from './commands.ts';

export interface PrinterProfile {
  /** Characters per line at normal size: 48 on 80 mm paper (font A), 32 on 58 mm. */
  columns: number;
}

export const DEFAULT_PROFILE: PrinterProfile = { columns: 48 };

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x20-\x7e]*$/;

/**
 * Printer fonts of Chinese-market ESC/POS printers cover the 2-byte GB18030 range (GBK); characters that need
 * 4 bytes (rare Ext-B hanzi, emoji) would print as garbage, so they become "?" and are counted.
 */
function gb18030(text: string): { bytes: Buffer; unprintable: number } {
  let unprintable = 0;
  const safe = [...text]
    .map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch;
      if (iconv.encode(ch, 'gb18030').length > 2) {
        unprintable++;
        return '?';
      }
      return ch;
    })
    .join('');
  return { bytes: iconv.encode(safe, 'gb18030'), unprintable };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;

/**
 * Text bytes: ASCII goes as is; anything else is GB18030 inside FS & … FS . (Chinese mode on, then off).
 * Control characters print as "?": inside text they would be printer commands (ESC @ resets, GS V cuts),
 * whatever text the hub sends. The hub refuses them at input; this holds for text stored before that.
 */
function textBytes(raw: string): { bytes: number[]; unprintable: number } {
  let controls = 0;
  const text = raw.replace(CONTROL, () => (controls++, '?'));
  if (ASCII.test(text)) return { bytes: [...Buffer.from(text, 'ascii')], unprintable: controls };
  const { bytes, unprintable } = gb18030(text);
  return { bytes: [...C.CJK_ON, ...bytes, ...C.CJK_OFF], unprintable: unprintable + controls };
}

function block(b: PrintBlock, profile: PrinterProfile, out: number[]): number {
  switch (b.type) {
    case 'text': {
      const { bytes, unprintable } = textBytes(b.text);
      const alignCode = b.align === 'center' ? 1 : b.align === 'right' ? 2 : 0;
      out.push(...C.align(alignCode), ...C.size(b.size, b.size), ...C.bold(b.bold), ...bytes, C.LF);
      out.push(...C.size(1, 1), ...C.bold(false));
      return unprintable;
    }
    case 'qr':
      out.push(...C.align(1), ...C.qr(new TextEncoder().encode(b.data), b.moduleSize), C.LF, ...C.align(0));
      return 0;
    case 'rule':
      out.push(...C.align(0), ...Buffer.from('-'.repeat(profile.columns), 'ascii'), C.LF);
      return 0;
    case 'feed':
      out.push(...C.feed(b.lines));
      return 0;
  }
}

export interface EncodedJob {
  bytes: Uint8Array;
  /** Characters replaced because the printer font cannot hold them. */
  unprintable: number;
}

/** A whole document: initialise, the blocks, then feed and cut. */
export function encodeDocument(doc: PrintDocument, profile: PrinterProfile = DEFAULT_PROFILE): EncodedJob {
  const out: number[] = [...C.INIT];
  let unprintable = 0;
  for (const b of doc.blocks) unprintable += block(b, profile, out);
  out.push(...C.feed(3), ...C.CUT);
  return { bytes: Uint8Array.from(out), unprintable };
}

import iconv from 'iconv-lite';

export interface DecodedLine {
  text: string;
  align: 'left' | 'center' | 'right';
  /** Width multiplier from GS !. */
  size: number;
  bold: boolean;
}

export interface DecodedJob {
  /** Printed lines in order; a QR code appears as a line "[QR] <data>". */
  lines: DecodedLine[];
  qr: string[];
  cut: boolean;
  /** Commands this decoder does not know, as hex, so a test can insist there are none. */
  unknown: string[];
  statusRequests: number[];
}

const ALIGN = ['left', 'center', 'right'] as const;

/**
 * Reads ESC/POS bytes back into text: the simulated printer renders its paper with it, and tests check what a
 * real printer would print. Only the commands JobHall's encoder uses are understood; others are reported.
 */
export function decodeEscPos(input: Uint8Array): DecodedJob[] {
  const jobs: DecodedJob[] = [];
  let job: DecodedJob = { lines: [], qr: [], cut: false, unknown: [], statusRequests: [] };
  let cjk = false;
  let align = 0;
  let size = 1;
  let bold = false;
  let text = '';
  let run: number[] = [];
  let qrStore = '';

  const flushRun = () => {
    if (!run.length) return;
    text += cjk ? iconv.decode(Buffer.from(run), 'gb18030') : Buffer.from(run).toString('latin1');
    run = [];
  };
  const endLine = () => {
    flushRun();
    job.lines.push({ text, align: ALIGN[align] ?? 'left', size, bold });
    text = '';
  };
  const b = input;
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    if (x === 0x1b) {
      const c = b[i + 1];
      if (c === 0x40) { flushRun(); cjk = false; align = 0; size = 1; bold = false; i += 2; continue; }
      if (c === 0x61) { flushRun(); align = (b[i + 2] ?? 0) % 48; i += 3; continue; } // n may be 0–2 or '0'–'2'
      if (c === 0x45) { flushRun(); bold = ((b[i + 2] ?? 0) & 1) === 1; i += 3; continue; }
      if (c === 0x64) {
        if (text || run.length) endLine();
        for (let k = 0; k < (b[i + 2] ?? 0); k++) job.lines.push({ text: '', align: 'left', size: 1, bold: false });
        i += 3;
        continue;
      }
      job.unknown.push(`1b${(c ?? 0).toString(16).padStart(2, '0')}`);
      i += 2;
      continue;
    }
    if (x === 0x1c) {
      const c = b[i + 1];
      if (c === 0x26 || c === 0x2e) { flushRun(); cjk = c === 0x26; i += 2; continue; }
      job.unknown.push(`1c${(c ?? 0).toString(16).padStart(2, '0')}`);
      i += 2;
      continue;
    }
    if (x === 0x1d) {
      const c = b[i + 1];
      if (c === 0x21) { flushRun(); size = (((b[i + 2] ?? 0) >> 4) & 0x0f) + 1; i += 3; continue; }
      if (c === 0x56) {
        if (text || run.length) endLine();
        const m = b[i + 2] ?? 0;
        i += m === 65 || m === 66 ? 4 : 3;
        job.cut = true;
        jobs.push(job);
        job = { lines: [], qr: [], cut: false, unknown: [], statusRequests: [] };
        continue;
      }
      if (c === 0x28 && b[i + 2] === 0x6b) {
        const len = (b[i + 3] ?? 0) | ((b[i + 4] ?? 0) << 8);
        const fn = b[i + 6];
        const body = b.subarray(i + 8, i + 5 + len);
        if (fn === 0x50) qrStore = new TextDecoder().decode(body);
        if (fn === 0x51) {
          flushRun();
          job.qr.push(qrStore);
          job.lines.push({ text: `[QR] ${qrStore}`, align: ALIGN[align] ?? 'left', size: 1, bold: false });
        }
        i += 5 + len;
        continue;
      }
      job.unknown.push(`1d${(c ?? 0).toString(16).padStart(2, '0')}`);
      i += 2;
      continue;
    }
    if (x === 0x10 && b[i + 1] === 0x04) {
      job.statusRequests.push(b[i + 2] ?? 0);
      i += 3;
      continue;
    }
    if (x === 0x0a) { endLine(); i += 1; continue; }
    if (x === 0x0d) { i += 1; continue; }
    run.push(x);
    i += 1;
  }
  if (text || run.length) endLine();
  if (job.lines.length || job.qr.length || job.unknown.length) jobs.push(job);
  return jobs;
}

/** Display width: hanzi and full-width forms take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return w;
}

/** The paper as text, for the demo's simulated printer and for people reading test output. */
export function renderPaper(job: DecodedJob, columns = 48): string {
  return job.lines
    .map((l) => {
      const w = width(l.text) * l.size;
      const pad = Math.max(0, columns - w);
      const spaced = l.size > 1 ? [...l.text].join(' '.repeat(l.size - 1)) : l.text;
      if (l.align === 'center') return ' '.repeat(Math.floor(pad / 2)) + spaced;
      if (l.align === 'right') return ' '.repeat(pad) + spaced;
      return spaced;
    })
    .join('\n');
}

/**
 * RIFF/WAVE reading and writing, only as much as voice clips need: uncompressed PCM, which every browser
 * decodes and which needs no codec on a hall's offline machines.
 */

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Byte offset and length of the sample data. */
  dataOffset: number;
  dataBytes: number;
  durationMs: number;
}

export class WavProblem extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
  }
}

const WAVE_FORMAT_PCM = 1;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;

function tag(buf: Uint8Array, at: number): string {
  return String.fromCharCode(buf[at]!, buf[at + 1]!, buf[at + 2]!, buf[at + 3]!);
}

/**
 * Reads the header of a PCM WAV and checks what a call screen can play; throws a WavProblem naming the
 * part of the file that is wrong (`body.fmt.audioFormat`, `body.data` …).
 */
export function readWav(buf: Uint8Array): WavInfo {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.length < 12 || tag(buf, 0) !== 'RIFF' || tag(buf, 8) !== 'WAVE') {
    throw new WavProblem('body', 'not a WAV file (no RIFF/WAVE header)');
  }
  let fmt: Omit<WavInfo, 'dataOffset' | 'dataBytes' | 'durationMs'> | null = null;
  // Chunks are word-aligned: an odd-sized chunk is followed by one pad byte (RIFF spec, "pad byte").
  for (let at = 12; at + 8 <= buf.length; ) {
    const id = tag(buf, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > buf.length) throw new WavProblem('body.fmt', 'the format chunk is truncated');
      let format = view.getUint16(body, true);
      if (format === WAVE_FORMAT_EXTENSIBLE && size >= 40) format = view.getUint16(body + 24, true); // SubFormat GUID starts with the format code
      if (format !== WAVE_FORMAT_PCM) {
        throw new WavProblem('body.fmt.audioFormat', `must be uncompressed PCM (1), got ${format}${format === 3 ? ' (floating point)' : ''}`);
      }
      fmt = { channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bitsPerSample: view.getUint16(body + 14, true) };
      if (fmt.channels < 1 || fmt.channels > 2) throw new WavProblem('body.fmt.channels', `must be 1 or 2, got ${fmt.channels}`);
      if (![8, 16, 24].includes(fmt.bitsPerSample)) throw new WavProblem('body.fmt.bitsPerSample', `must be 8, 16 or 24, got ${fmt.bitsPerSample}`);
      if (fmt.sampleRate < 8000 || fmt.sampleRate > 48000) throw new WavProblem('body.fmt.sampleRate', `must be 8000–48000 Hz, got ${fmt.sampleRate}`);
    } else if (id === 'data') {
      if (!fmt) throw new WavProblem('body.fmt', 'the format chunk must come before the data');
      // Streaming writers leave the size at 0 or 0xFFFFFFFF; then the data runs to the end of the file.
      const dataBytes = size === 0 || size === 0xffffffff ? buf.length - body : size;
      if (body + dataBytes > buf.length) throw new WavProblem('body.data', `is truncated: header says ${dataBytes} bytes, file has ${buf.length - body}`);
      const frame = fmt.channels * (fmt.bitsPerSample / 8);
      if (dataBytes < frame) throw new WavProblem('body.data', 'has no samples');
      const durationMs = Math.round((dataBytes / frame / fmt.sampleRate) * 1000);
      return { ...fmt, dataOffset: body, dataBytes, durationMs };
    }
    at = body + size + (size % 2);
  }
  throw new WavProblem(fmt ? 'body.data' : 'body.fmt', 'chunk missing');
}

/** A mono 16-bit PCM WAV of the given samples (-1…1). */
export function writeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const ascii = (at: number, s: string) => [...s].forEach((c, i) => (out[at + i] = c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, WAVE_FORMAT_PCM, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]!));
    view.setInt16(44 + i * 2, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
  }
  return out;
}

/** The samples of a mono 16-bit PCM WAV, as espeak writes it, scaled to -1…1. */
export function readMono16(buf: Uint8Array): { samples: Float32Array; sampleRate: number } {
  const info = readWav(buf);
  if (info.channels !== 1 || info.bitsPerSample !== 16) throw new Error('expected mono 16-bit PCM');
  const view = new DataView(buf.buffer, buf.byteOffset + info.dataOffset, info.dataBytes);
  const samples = new Float32Array(info.dataBytes / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(i * 2, true) / 0x8000;
  return { samples, sampleRate: info.sampleRate };
}

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ESpeakNg, { type ESpeakNgModule } from 'espeak-ng';
import type { VoiceClipSpec, VoiceLang } from '../../contract/index.ts';
import { readMono16, writeWav } from './wav.ts';

/**
 * The default voice pack, synthesised offline with espeak-ng compiled to WebAssembly (npm `espeak-ng`).
 * Its Mandarin voice `cmn` reads 请/号/到 as Mandarin phonemes with tones; Debian's espeak-ng binary spells
 * them as English pinyin, so it is not used.
 */

/** espeak voices per language; `en-us` is the clearer of espeak's English voices for numbers. */
export const VOICES: Record<VoiceLang, string> = { zh: 'cmn', en: 'en-us' };
/** Words per minute: a little slower than espeak's 175, as announcements in a hall should be. */
const SPEED_WPM = 150;
const SAMPLE_RATE = 22050; // espeak-ng's fixed output rate
/** Between clips in one batch; any run of digital silence this long separates two clips. */
const BREAK_MS = 1200;
const SPLIT_MS = 600;
/** Below this a sample counts as silence when trimming a clip (about -46 dBFS). */
const TRIM_LEVEL = 0.005;
const PAD_BEFORE_MS = 15;
const PAD_AFTER_MS = 40;
const FADE_MS = 5;
/** Every clip peaks here (-1 dBFS), so Mandarin and English clips are equally loud. */
const PEAK = 0.89;

const require = createRequire(import.meta.url);
export const ESPEAK_DIR = path.dirname(path.dirname(require.resolve('espeak-ng')));
export const ESPEAK_VERSION = (JSON.parse(fs.readFileSync(path.join(ESPEAK_DIR, 'package.json'), 'utf8')) as { version: string }).version;

let compiled: Promise<WebAssembly.Module> | null = null;

/**
 * One espeak-ng command. The build runs main() once per instance, so each call instantiates anew; compiling
 * the 18 MB module once and reusing it saves most of the cost.
 */
async function espeak(args: string[]): Promise<ESpeakNgModule> {
  compiled ??= WebAssembly.compile(fs.readFileSync(path.join(ESPEAK_DIR, 'dist/espeak-ng.wasm')));
  const module = await compiled;
  const errors: string[] = [];
  const instance = await ESpeakNg({
    arguments: args,
    print: () => {},
    printErr: (line) => errors.push(line),
    instantiateWasm(imports, done) {
      void WebAssembly.instantiate(module, imports).then(done);
      return {};
    },
  });
  if (errors.length) throw new Error(`espeak-ng ${args.join(' ')}: ${errors.join('; ')}`);
  return instance;
}

const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const joinWithBreaks = (texts: string[]) => `<speak>${texts.map(escapeXml).join(`<break time="${BREAK_MS}ms"/>`)}</speak>`;

/**
 * espeak's phoneme mnemonics (`-x`) for each text, in one run: 请 in cmn → "tS;h'i214N_|", Mandarin with
 * tone 214. What the research checked to tell real Mandarin from English-spelled pinyin.
 */
export async function phonemes(lang: VoiceLang, texts: string[]): Promise<string[]> {
  const e = await espeak(['-q', '-m', '-x', '--phonout', 'phonemes.txt', '-v', VOICES[lang], joinWithBreaks(texts)]);
  const lines = e.FS.readFile('phonemes.txt', { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length !== texts.length) throw new Error(`espeak gave ${lines.length} phoneme lines for ${texts.length} texts`);
  return lines;
}

async function speak(lang: VoiceLang, ssml: string): Promise<Float32Array> {
  const e = await espeak(['-m', '-s', String(SPEED_WPM), '-v', VOICES[lang], '-w', 'out.wav', ssml]);
  return readMono16(e.FS.readFile('out.wav')).samples;
}

/** The sounding stretches of a recording, separated by digital silence of at least `gapMs`. */
export function splitOnSilence(samples: Float32Array, sampleRate: number, gapMs: number): Float32Array[] {
  const gap = Math.round((gapMs / 1000) * sampleRate);
  const parts: Float32Array[] = [];
  let start = -1;
  let zeros = 0;
  for (let i = 0; i <= samples.length; i++) {
    const silent = i === samples.length || samples[i] === 0;
    if (!silent) {
      if (start < 0) start = i;
      zeros = 0;
    } else if (start >= 0 && (++zeros >= gap || i === samples.length)) {
      parts.push(samples.subarray(start, i - zeros + 1));
      start = -1;
      zeros = 0;
    }
  }
  return parts;
}

/** Trims near-silence, leaves a short pad, fades the edges (no clicks when clips follow each other), normalises. */
export function finishClip(raw: Float32Array, sampleRate: number): Float32Array {
  let first = raw.findIndex((s) => Math.abs(s) > TRIM_LEVEL);
  if (first < 0) first = 0;
  let last = raw.length - 1;
  while (last > first && Math.abs(raw[last]!) <= TRIM_LEVEL) last--;
  const ms = (n: number) => Math.round((n / 1000) * sampleRate);
  const before = ms(PAD_BEFORE_MS);
  const out = new Float32Array(before + (last - first + 1) + ms(PAD_AFTER_MS));
  out.set(raw.subarray(first, last + 1), before);
  let peak = 0;
  for (const s of out) peak = Math.max(peak, Math.abs(s));
  const gain = peak > 0 ? PEAK / peak : 1;
  const fade = ms(FADE_MS);
  for (let i = 0; i < out.length; i++) {
    const edge = Math.min(1, (i - before) / fade, (before + last - first - i) / fade);
    out[i] = out[i]! * gain * Math.max(0, edge);
  }
  return out;
}

/**
 * The clips of one language in a single espeak run (one run costs ~0.3 s whatever its length): the texts are
 * joined with SSML breaks and the recording is cut at the breaks. If the cut does not give one piece per
 * text, each text is synthesised on its own instead.
 */
async function speakAll(lang: VoiceLang, texts: string[]): Promise<Float32Array[]> {
  const parts = splitOnSilence(await speak(lang, joinWithBreaks(texts)), SAMPLE_RATE, SPLIT_MS);
  if (parts.length === texts.length) return parts;
  const one: Float32Array[] = [];
  for (const t of texts) one.push(await speak(lang, `<speak>${escapeXml(t)}</speak>`));
  return one;
}

/** "Ding-dong" (E5 then C5) with a soft second harmonic and a bell-like decay, then a breath before the words. */
export function chime(sampleRate = SAMPLE_RATE): Float32Array {
  const note = 0.45;
  const tail = 0.15;
  const out = new Float32Array(Math.round((note * 2 + tail) * sampleRate));
  [659.25, 523.25].forEach((freq, n) => {
    const offset = Math.round(n * note * sampleRate);
    const len = Math.round(note * sampleRate);
    for (let i = 0; i < len; i++) {
      const t = i / sampleRate;
      const envelope = Math.min(1, t / 0.005) * Math.exp(-t * 5);
      const tone = Math.sin(2 * Math.PI * freq * t) + 0.3 * Math.sin(4 * Math.PI * freq * t);
      out[offset + i] = out[offset + i]! + 0.55 * envelope * tone;
    }
  });
  return out;
}

export interface SynthesisedClip {
  key: string;
  wav: Uint8Array;
  durationMs: number;
}

/** Every clip of the catalogue as a WAV file. */
export async function synthesisePack(clips: readonly VoiceClipSpec[]): Promise<SynthesisedClip[]> {
  const out = new Map<string, Float32Array>();
  for (const lang of ['zh', 'en'] as const) {
    const list = clips.filter((c) => c.lang === lang);
    const audio = await speakAll(lang, list.map((c) => c.text));
    list.forEach((c, i) => out.set(c.key, finishClip(audio[i]!, SAMPLE_RATE)));
  }
  return clips.map((c) => {
    const samples = c.lang ? out.get(c.key)! : chime();
    return { key: c.key, wav: writeWav(samples, SAMPLE_RATE), durationMs: Math.round((samples.length / SAMPLE_RATE) * 1000) };
  });
}

/** One short text said in one language (the kiosk's speech mode): trimmed, faded and normalised like a pack clip. */
export async function synthesiseSpeech(lang: VoiceLang, text: string): Promise<{ wav: Uint8Array; durationMs: number }> {
  const samples = finishClip(await speak(lang, `<speak>${escapeXml(text)}</speak>`), SAMPLE_RATE);
  return { wav: writeWav(samples, SAMPLE_RATE), durationMs: Math.round((samples.length / SAMPLE_RATE) * 1000) };
}

/** What a synthesis depends on besides the text: a new espeak build or setting makes new audio. */
export const SPEECH_SETTINGS = `espeak-ng ${ESPEAK_VERSION} ${SPEED_WPM}wpm ${VOICES.zh}/${VOICES.en}`;

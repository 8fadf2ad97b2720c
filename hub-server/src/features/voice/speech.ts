import { createHash } from 'node:crypto';
import type { VoiceLang } from '../../contract/index.ts';
import { SPEECH_SETTINGS, synthesiseSpeech } from './synth.ts';

export interface Speech {
  wav: Uint8Array;
  durationMs: number;
  /** The content hash, also the ETag: the same text in the same voice is the same audio. */
  hash: string;
}

/** About twenty minutes of 16-bit 22 kHz speech; a hall's screens say far fewer distinct things than that. */
const DEFAULT_MAX_BYTES = 48 * 1024 * 1024;

/**
 * The kiosk's speech mode, synthesised on demand and kept in memory by the hash of what was said, least
 * recently used out first: every screen title and button label a hall shows is said again and again, so
 * after its first time each answers at once. Memory only on purpose — a text may be something a visitor
 * typed, and nothing said should outlive the hub process or reach the disk. The same text asked twice at
 * once is synthesised once.
 */
export class SpeechCache {
  private readonly clips = new Map<string, Speech>();
  private readonly pending = new Map<string, Promise<Speech>>();
  private bytes = 0;
  /** How many answers came from memory, and how many needed espeak: for the tests and the bench. */
  readonly counts = { hits: 0, syntheses: 0 };

  constructor(
    private readonly maxBytes = DEFAULT_MAX_BYTES,
    private readonly synthesise: typeof synthesiseSpeech = synthesiseSpeech,
  ) {}

  static hashOf(lang: VoiceLang, text: string): string {
    return createHash('sha256').update(`${SPEECH_SETTINGS}\n${lang}\n${text}`).digest('hex').slice(0, 32);
  }

  /** The clip if it is in memory (counted as a hit), else null: callers rate-limit only real syntheses. */
  cached(lang: VoiceLang, text: string): Speech | null {
    const hash = SpeechCache.hashOf(lang, text);
    const hit = this.clips.get(hash);
    if (!hit) return null;
    // Map keeps insertion order: re-inserting marks the clip most recently used.
    this.clips.delete(hash);
    this.clips.set(hash, hit);
    this.counts.hits++;
    return hit;
  }

  async say(lang: VoiceLang, text: string): Promise<Speech> {
    const hit = this.cached(lang, text);
    if (hit) return hit;
    const hash = SpeechCache.hashOf(lang, text);
    let job = this.pending.get(hash);
    if (!job) {
      this.counts.syntheses++;
      job = this.synthesise(lang, text)
        .then(({ wav, durationMs }) => {
          const clip = { wav, durationMs, hash };
          this.keep(clip);
          return clip;
        })
        .finally(() => this.pending.delete(hash));
      this.pending.set(hash, job);
    }
    return job;
  }

  get size(): { clips: number; bytes: number } {
    return { clips: this.clips.size, bytes: this.bytes };
  }

  private keep(clip: Speech): void {
    if (clip.wav.length > this.maxBytes) return;
    this.clips.set(clip.hash, clip);
    this.bytes += clip.wav.length;
    for (const [hash, old] of this.clips) {
      if (this.bytes <= this.maxBytes) break;
      this.clips.delete(hash);
      this.bytes -= old.wav.length;
    }
  }
}

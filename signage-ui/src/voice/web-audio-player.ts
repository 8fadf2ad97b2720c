import type { VoiceManifest } from '@jobhall/hub-server/contract';
import type { ClipPlayer } from './announcer.ts';

interface Clip {
  hash: string;
  buffer: AudioBuffer;
  durationMs: number;
}

/**
 * Plays voice clips with Web Audio from buffers decoded in advance: starting a clip costs no network and no
 * decoding, so the first word follows the call within milliseconds, and the screen keeps speaking with the hub
 * gone. Chromium lets an AudioContext run without a user gesture only with
 * `--autoplay-policy=no-user-gesture-required`; otherwise it stays "suspended" until one click (see `unlock`).
 */
export class WebAudioPlayer implements ClipPlayer {
  private readonly ctx = new AudioContext({ latencyHint: 'interactive' });
  private clips = new Map<string, Clip>();
  private current: AudioBufferSourceNode | null = null;

  constructor(onStateChange: () => void) {
    this.ctx.addEventListener('statechange', onStateChange);
  }

  /** True while the browser's autoplay policy keeps the audio output locked. */
  get blocked(): boolean {
    return this.ctx.state === 'suspended';
  }

  /** Seconds between starting a clip and it reaching the loudspeaker, as the browser reports it. */
  get outputLatencyMs(): number {
    return Math.round(((this.ctx.baseLatency ?? 0) + (this.ctx.outputLatency ?? 0)) * 1000);
  }

  /** Must run inside a click or key handler when autoplay is locked. */
  unlock(): Promise<void> {
    return this.ctx.resume();
  }

  get size(): number {
    return this.clips.size;
  }

  /**
   * Fetches and decodes the clips whose hash changed, then swaps them in at once, so an announcement never
   * mixes half an old pack with half a new one. Throws (and keeps the old clips) if any clip fails.
   */
  async load(manifest: VoiceManifest, base = location.origin): Promise<void> {
    const next = new Map<string, Clip>();
    await Promise.all(manifest.clips.map(async (info) => {
      const have = this.clips.get(info.key);
      if (have?.hash === info.hash) return void next.set(info.key, have);
      const res = await fetch(new URL(info.url, base));
      if (!res.ok) throw new Error(`voice clip ${info.key}: HTTP ${res.status}`);
      const buffer = await this.ctx.decodeAudioData(await res.arrayBuffer());
      next.set(info.key, { hash: info.hash, buffer, durationMs: Math.round(buffer.duration * 1000) });
    }));
    this.clips = next;
  }

  durationMs(key: string): number | undefined {
    return this.clips.get(key)?.durationMs;
  }

  play(key: string, ended: () => void): void {
    const clip = this.clips.get(key);
    this.stopCurrent();
    if (!clip) return;
    const source = this.ctx.createBufferSource();
    source.buffer = clip.buffer;
    source.connect(this.ctx.destination);
    source.onended = () => {
      if (this.current === source) this.current = null;
      ended();
    };
    this.current = source;
    source.start();
  }

  private stopCurrent(): void {
    const playing = this.current;
    this.current = null;
    if (!playing) return;
    playing.onended = null;
    try {
      playing.stop();
    } catch {
      // already stopped
    }
  }

  close(): void {
    this.stopCurrent();
    void this.ctx.close();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VoiceManifest, type CallEvent } from '@jobhall/hub-server/contract';
import { api } from '@jobhall/ui-kit';
import { Announcer, type Announcement } from './announcer.ts';
import { DEFAULT_PHRASE, announcementKeys, type PhraseOptions } from './phrases.ts';
import { WebAudioPlayer } from './web-audio-player.ts';

declare global {
  interface Window {
    /** Every clip fed to the audio output, in order: read by the browser tests and the benchmark. */
    __jobhallAudio?: Array<{ key: string; seq: number; at: number; end?: number; how?: 'ended' | 'timeout' | 'missing'; outputLatencyMs: number }>;
    /** The voice's state, for tests and for whoever looks at a screen remotely. */
    __jobhallVoice?: { ready: boolean; state: string; blocked: boolean; clips: number };
  }
}

export interface VoiceOptions extends PhraseOptions {
  enabled: boolean;
}

/**
 * Per-screen settings from the page URL, set once when the screen is provisioned:
 * `?voice=off`, `?zhRepeat=1`, `?english=0`, `?chime=0`.
 */
export function voiceOptions(search: string): VoiceOptions {
  const q = new URLSearchParams(search);
  const flag = (name: string, dflt: boolean) => (q.has(name) ? !['0', 'off', 'false', 'no'].includes(q.get(name)!) : dflt);
  const repeat = Number(q.get('zhRepeat') ?? DEFAULT_PHRASE.zhRepeat);
  return {
    enabled: flag('voice', true),
    zhRepeat: Number.isInteger(repeat) && repeat >= 0 && repeat <= 5 ? repeat : DEFAULT_PHRASE.zhRepeat,
    english: flag('english', DEFAULT_PHRASE.english),
    chime: flag('chime', DEFAULT_PHRASE.chime),
  };
}

/** A replaced clip reaches the screens within this long. (A retained MQTT topic would make it instant.) */
const REFRESH_MS = 60_000;
const now = () => performance.timeOrigin + performance.now();

/**
 * The call screen's voice: preloads the pack when the screen starts, turns each new call into clip keys and
 * hands them to the announcer queue. The host re-renders when the audio output is locked or unlocked.
 */
export class VoiceController implements ReactiveController {
  private player: WebAudioPlayer | null = null;
  private announcer: Announcer | null = null;
  private version = '';
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: VoiceOptions) {
    host.addController(this);
  }

  get blocked(): boolean {
    return this.player?.blocked ?? false;
  }

  hostConnected(): void {
    if (!this.options.enabled) return;
    this.stopped = false;
    window.__jobhallAudio = [];
    const player = new WebAudioPlayer(() => this.changed());
    const log = window.__jobhallAudio;
    this.player = player;
    this.announcer = new Announcer(player, undefined, {
      clipStarted: (key, a) => log.push({ key, seq: a.seq, at: now(), outputLatencyMs: player.outputLatencyMs }),
      clipDone: (key, a, how) => {
        const entry = log.findLast((e) => e.seq === a.seq && e.key === key);
        if (entry) Object.assign(entry, { end: now(), how });
      },
      idle: () => this.changed(),
    });
    this.changed();
    void this.refresh(1000);
  }

  hostDisconnected(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.announcer?.stop();
    this.player?.close();
    this.player = null;
    this.announcer = null;
    this.ready = false;
    this.version = '';
  }

  /** A call the board has accepted as new (redeliveries are already filtered there, and again in the queue). */
  announce(call: CallEvent): void {
    if (!this.announcer) return;
    let keys: string[];
    try {
      keys = announcementKeys(call, this.options);
    } catch (err) {
      console.warn('call not announced', call.number, err);
      return;
    }
    const a: Announcement = { seq: call.seq, ticketId: call.ticketId, recall: call.recall, keys };
    this.announcer.announce(a);
    this.changed();
  }

  /** Inside a click handler: lets the audio out where the browser's autoplay policy holds it back. */
  unlock(): void {
    void this.player?.unlock();
  }

  /** Loads the pack, or the clips of it that changed; retries with back-off while the hub cannot be reached. */
  private async refresh(retryMs: number): Promise<void> {
    const player = this.player;
    if (!player || this.stopped) return;
    let next = REFRESH_MS;
    try {
      const manifest = await api('/api/voice/manifest', VoiceManifest);
      if (manifest.version !== this.version) {
        await player.load(manifest);
        if (player !== this.player) return;
        this.version = manifest.version;
      }
      if (!this.ready) {
        this.ready = true;
        this.announcer!.ready();
      }
    } catch (err) {
      // Offline after loading is fine: the clips are in memory. Before loading, calls wait in the queue.
      console.warn('voice pack not (re)loaded', (err as Error).message);
      if (!this.ready) next = retryMs;
    }
    this.changed();
    if (!this.stopped) this.timer = setTimeout(() => void this.refresh(Math.min(retryMs * 2, 30_000)), next);
  }

  private changed(): void {
    window.__jobhallVoice = {
      ready: this.ready, state: this.announcer?.state.kind ?? 'off', blocked: this.blocked, clips: this.player?.size ?? 0,
    };
    this.host.requestUpdate();
  }
}

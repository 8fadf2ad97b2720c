import type { Lang } from '@jobhall/ui-kit';

/**
 * Plays what the hub synthesises (`POST /api/voice/say`), one clip at a time: a new one stops the old,
 * whether it is still being fetched or already playing. Speech is help, never a gate: a refusal, a hub that
 * is away or a browser that will not play leaves the kiosk silent and working.
 *
 * The audio element lives in the page (`#kiosk-speech`, hidden) so the kiosk's tests can see it play.
 */
export class Speaker {
  private readonly audio: HTMLAudioElement;
  private inFlight: AbortController | null = null;
  private url: string | null = null;

  constructor() {
    this.audio = document.createElement('audio');
    this.audio.id = 'kiosk-speech';
    this.audio.hidden = true;
    document.body.append(this.audio);
  }

  async say(lang: Lang, text: string): Promise<void> {
    this.stop();
    const request = new AbortController();
    this.inFlight = request;
    try {
      const res = await fetch('/api/voice/say', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ lang, text }),
        signal: request.signal,
      });
      if (!res.ok) return;
      const blob = await res.blob();
      if (request.signal.aborted) return;
      this.url = URL.createObjectURL(blob);
      this.audio.src = this.url;
      await this.audio.play();
    } catch {
      // Cut short by the next clip, or nothing to play with: silence, and the screen goes on.
    } finally {
      if (this.inFlight === request) this.inFlight = null;
    }
  }

  stop(): void {
    this.inFlight?.abort();
    this.inFlight = null;
    this.audio.pause();
    this.audio.removeAttribute('src');
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }

  dispose(): void {
    this.stop();
    this.audio.remove();
  }
}

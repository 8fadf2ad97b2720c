import type { Heartbeat, RevisionReport, AlertShown } from '@jobhall/hub-server/contract';
import type { RealtimeController } from '@jobhall/ui-kit';
import type { Played } from '../player/player.ts';
import { PlayUploader, screenHeaders } from './plays.ts';
import { drawScreen } from './screenshot.ts';

/** A screen tells the hub it lives every 15 s: three missed beats and the admin flags it offline. */
const BEAT_MS = 15_000;

/** What the heartbeat reads from the page each time. */
export interface Now {
  revision: number;
  slide: Heartbeat['slide'];
  alertId: string | null;
}

/**
 * What a registered screen owes the hub, and what an unregistered page skips: reports on revisions,
 * acknowledgements of alerts, a heartbeat, proof of play and screenshots on request. Each goes out over the
 * screen's own account (MQTT) or with its key (HTTP).
 */
export class ScreenDuties {
  private readonly plays: PlayUploader;
  private beat: ReturnType<typeof setInterval> | null = null;
  private readonly headers: Record<string, string>;

  constructor(
    private readonly id: string,
    key: string,
    private readonly realtime: RealtimeController,
    private readonly now: () => Now,
    private readonly root: () => Element,
  ) {
    this.headers = screenHeaders(id, key);
    this.plays = new PlayUploader(this.headers);
  }

  start(): void {
    this.plays.start();
    this.beat = setInterval(() => void this.heartbeat(), BEAT_MS);
    this.realtime.on('signageScreenshot', ({ correlationId }) => void this.screenshot(correlationId), { deviceId: this.id });
    // Straight after connecting: the admin sees the screen online at once, and old plays start going up.
    void this.heartbeat();
  }

  stop(): void {
    this.plays.stop();
    if (this.beat) clearInterval(this.beat);
  }

  connected(): void {
    void this.heartbeat();
    void this.plays.flush();
  }

  played(p: Played[]): void {
    void this.plays.record(p);
  }

  report(r: RevisionReport): void {
    void this.realtime.publish('signageRevisionReport', { deviceId: this.id }, r).catch(() => {});
    void this.heartbeat();
  }

  ack(a: AlertShown): void {
    void this.realtime.publish('signageAlertShown', { deviceId: this.id }, a).catch(() => {});
  }

  async heartbeat(): Promise<void> {
    if (!this.realtime.connected) return;
    const est = await navigator.storage?.estimate?.().catch(() => undefined);
    const n = this.now();
    await this.realtime.publish('signageHeartbeat', { deviceId: this.id }, {
      revision: n.revision, slide: n.slide, alertId: n.alertId, uptimeS: Math.floor(performance.now() / 1000),
      storage: { usedBytes: est?.usage ?? 0, quotaBytes: est?.quota ?? 0 }, unsentPlays: this.plays.unsent, at: new Date().toISOString(),
    }).catch(() => {});
  }

  private async screenshot(correlationId: string): Promise<void> {
    const shot = await drawScreen(this.root());
    await fetch(`/api/signage/player/screenshots/${encodeURIComponent(correlationId)}`, {
      method: 'PUT', headers: { ...this.headers, 'content-type': shot.type }, body: shot.body,
    }).catch(() => {});
  }
}

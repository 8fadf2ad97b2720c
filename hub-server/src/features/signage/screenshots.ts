import type { TopicBus } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { uuidv7 } from '../../infra/ids.ts';

export interface Screenshot {
  mime: string;
  data: Buffer;
  at: string;
}

/** The target: a screenshot is back within 5 s, or staff are told the screen did not answer. */
export const SCREENSHOT_WAIT_MS = 5000;

/**
 * On-demand screenshots: the hub asks the screen over MQTT, the screen draws what it shows and uploads it
 * over HTTP with its key, naming the request's correlation id. The latest of each screen is kept in memory.
 */
export class Screenshots {
  private readonly waiting = new Map<string, { screenId: string; resolve: (s: Screenshot) => void }>();
  private readonly latest = new Map<string, Screenshot>();

  constructor(private readonly bus: TopicBus) {}

  async request(screenId: string): Promise<Screenshot> {
    const correlationId = `shot:${uuidv7()}`;
    const got = new Promise<Screenshot>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(correlationId);
        reject(new HttpError(504, 'SCREEN_SILENT', `screen ${screenId} sent no screenshot within ${SCREENSHOT_WAIT_MS / 1000} s`));
      }, SCREENSHOT_WAIT_MS);
      this.waiting.set(correlationId, { screenId, resolve: (s) => (clearTimeout(timer), resolve(s)) });
    });
    await this.bus.publish('signageScreenshot', { deviceId: screenId }, { correlationId });
    return got;
  }

  /** An upload from a screen; false when nobody asked that screen for it. */
  received(screenId: string, correlationId: string, shot: Screenshot): boolean {
    const w = this.waiting.get(correlationId);
    if (!w || w.screenId !== screenId) return false;
    this.waiting.delete(correlationId);
    this.latest.set(screenId, shot);
    w.resolve(shot);
    return true;
  }

  last(screenId: string): Screenshot | undefined {
    return this.latest.get(screenId);
  }
}

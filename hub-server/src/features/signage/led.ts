import type { FastifyBaseLogger } from 'fastify';
import {
  programmeAt, nextChange, TICKER_SLIDES, type CommandState, type DisplayAck, type LedArea, type LedBoardView, type Playlist, type Screen, type TopicBus,
} from '../../contract/index.ts';
import { CommandChannel, type Command } from '../../infra/commands.ts';
import { uuidv7 } from '../../infra/ids.ts';
import { richTextPlain } from '../../infra/sanitise.ts';
import { ackMachine } from '../devices/ack-machine.ts';
import type { PublishedContent } from './items.ts';
import { MemoryCommandStore } from './memory-commands.ts';

/** A display's acknowledgement of what it was told to show. */
const ledMachine = ackMachine<DisplayAck>();

type AreaPayload = Omit<LedArea, 'correlationId'>;

/** The ticker text of an LED board now: the ticker lines its schedule gives it, one after another. */
export function tickerText(content: PublishedContent, board: Screen, timezone: string, t: number): string | null {
  const input = {
    timezone, schedule: content.schedule, calendar: content.calendar, audience: { screenId: board.id, zoneId: board.zoneId, groupIds: board.groupIds },
    defaultLayoutId: 'led', layouts: [{ id: 'led', name: { zh: 'LED', en: 'LED' }, orientation: 'landscape' as const, regions: [{ kind: 'ticker' as const, x: 0, y: 0, w: 24, h: 24, playlistId: null }] }],
  };
  const sources = programmeAt(input, t).regions.ticker ?? [];
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(new Date(t));
  const lines = sources.flatMap((s) => (content.playlists.find((p) => p.id === s.playlistId)?.slides ?? []) as Playlist['slides'])
    .filter((s) => TICKER_SLIDES.includes(s.type) && (!s.until || s.until >= day))
    .map((s) => (s.type === 'ticker' ? s.text.zh : s.type === 'notice' ? `${s.title.zh}：${richTextPlain(s.body.zh).replace(/\s+/g, ' ')}` : ''))
    .filter(Boolean);
  return lines.length ? lines.join('　◆　').slice(0, 400) : null;
}

/** The next instant an LED board's ticker may change. */
export function nextTickerChange(content: PublishedContent, board: Screen, timezone: string, t: number): number | null {
  return nextChange({
    timezone, schedule: content.schedule, calendar: content.calendar, audience: { screenId: board.id, zoneId: board.zoneId, groupIds: board.groupIds },
    defaultLayoutId: 'led', layouts: [{ id: 'led', name: { zh: 'LED', en: 'LED' }, orientation: 'landscape', regions: [{ kind: 'ticker', x: 0, y: 0, w: 24, h: 24, playlistId: null }] }],
  }, t);
}

/**
 * Text areas of the hall's LED boards through their agent: the ticker and, in an emergency, the exclusive
 * alert area. The same device-command mechanism as window lines: a correlation id each, the agent's
 * acknowledgement, three sends. What each board draws comes back retained (`ledBoard`), for the admin.
 */
export class LedAreas {
  private readonly store = new MemoryCommandStore<CommandState, AreaPayload, DisplayAck>(ledMachine);
  readonly channel: CommandChannel<'ledArea', 'ledAreaShown', CommandState, AreaPayload>;
  private readonly views = new Map<string, LedBoardView>();
  private readonly tickers = new Map<string, string | null>();
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(private readonly bus: TopicBus, now: () => Date, log: FastifyBaseLogger) {
    this.channel = new CommandChannel({
      bus, command: 'ledArea', reply: 'ledAreaShown', machine: ledMachine, store: this.store, log,
      // An alert must be up in a second or two; a board that has not answered in 2 s gets it again, twice.
      policy: { answerWithinMs: 2000, retries: 2, ttlMs: 10 * 60_000, resendOnReconnect: true },
      encode: (cmd) => ({ ...cmd.payload, correlationId: cmd.correlationId }),
      now: () => now().getTime(),
    });
  }

  async start(): Promise<void> {
    await this.channel.start();
    this.unsubscribe = await this.bus.subscribe('ledBoard', (view, { deviceId }) => void this.views.set(deviceId, view));
  }

  async stop(): Promise<void> {
    await this.channel.stop();
    await this.unsubscribe?.().catch(() => {});
  }

  /** Sets a board's ticker when it changed (null clears it). */
  ticker(deviceId: string, text: string | null): void {
    if (this.tickers.get(deviceId) === text) return;
    this.tickers.set(deviceId, text);
    this.channel.issue(deviceId, `led-area:${uuidv7()}`, { area: 'ticker', text, effect: 'scroll-left', mode: 'normal', timeoutS: 0 });
  }

  /** The boards forget their RAM areas when they restart: after a reconnect every ticker is sent again. */
  forget(deviceId: string): void {
    this.tickers.delete(deviceId);
  }

  /** The alert area, exclusive, dropping itself on the board after `timeoutS`; null text clears it. */
  alert(deviceId: string, correlationId: string, text: string | null, timeoutS: number): Command<CommandState, AreaPayload> {
    return this.channel.issue(deviceId, correlationId, { area: 'alert', text, effect: 'static', mode: text ? 'exclusive' : 'normal', timeoutS });
  }

  view(deviceId: string): LedBoardView | null {
    return this.views.get(deviceId) ?? null;
  }
}

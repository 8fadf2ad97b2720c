import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AlertBody, Screen } from '../../contract/index.ts';
import { SignageAlerts } from './alerts.ts';
import alertRoutes from './alert-routes.ts';
import { SignageAudit } from './audit.ts';
import contentRoutes from './content-routes.ts';
import { LiveFeeds } from './feeds.ts';
import { ScreenHealthTracker } from './health.ts';
import { SignageItems } from './items.ts';
import { LedAreas, nextTickerChange, tickerText } from './led.ts';
import { allFeeds } from './manifest.ts';
import { SignageMedia } from './media.ts';
import playerRoutes from './player-routes.ts';
import { PlayStore } from './plays.ts';
import { RevisionCommands } from './revision-commands.ts';
import { RevisionPublisher, type PublishResult } from './revisions.ts';
import { Screenshots } from './screenshots.ts';
import { seedSignageOnce } from './seed.ts';
import type { SignageParts } from './signage-context.ts';
import { SignageStructureStore } from './structure.ts';
import { WriteQueue } from './write-queue.ts';
import structureRoutes from './structure-routes.ts';

/** What other capabilities may ask of the lobby signage. */
export interface Signage {
  /** An emergency alert, as POST /api/signage/alerts sends it. */
  alert(body: AlertBody, by: string): { id: string };
  screens(): readonly Screen[];
}

declare module 'fastify' {
  interface FastifyInstance {
    signage: Signage;
  }
}

/**
 * Lobby signage as a signage system: screens and groups in zones; layouts, playlists of typed slides and a
 * schedule the screens evaluate themselves; content revisions pushed to each affected screen through the
 * device-command mechanism; live job boards and fair maps pushed as they change; LED boards through their
 * agent; emergency takeover; curation with approval; health and proof of play.
 */
async function signage(app: FastifyInstance) {
  const { db, bus, catalogue, config, events, log, now, broker } = app.hub;
  const hall = { id: catalogue.hall.id, name: catalogue.hall.name, timezone: catalogue.hall.timezone };
  const writes = new WriteQueue(db, log);
  const audit = new SignageAudit(db, now, writes);
  const structure = new SignageStructureStore(db);
  // Lobby screens are devices too: the fleet lists each LCD screen beside the agents and kiosk shells, its state
  // from the page's presence (with its last will) and its player's beats. An LED board is its agent's device.
  app.devices.addSource('signage', () => structure.screens().filter((s) => s.kind === 'lcd').map((s) => ({
    id: s.id, kind: 'signage-screen' as const, name: s.name, zone: s.zoneId, config: { page: `/signage/?screen=${s.id}` },
  })));
  const items = new SignageItems(db);
  const media = new SignageMedia(db);
  const commands = new RevisionCommands(db, writes, bus, now, log);
  const publisher = new RevisionPublisher(db, items, structure, media, commands, hall, now);
  const led = new LedAreas(bus, now, log);
  const alerts = new SignageAlerts({
    db, writes, bus, screens: () => structure.screens(), zoneExists: (id) => structure.zones().some((z) => z.id === id),
    templates: () => items.content().alertTemplates, led, audit, now, log,
  });
  const feeds = new LiveFeeds({
    bus, events, search: (q, at) => app.vacancies.search(q, at), fairs: app.fairs, feeds: () => allFeeds(items.content()), timezone: hall.timezone, now, log,
  });
  const plays = new PlayStore(db);
  const screenshots = new Screenshots(bus);

  const brokerAccount = (screenId: string, key: string | null): boolean => {
    if (!broker.accounts) return false;
    // The account store may be an external broker's control API: a failure is logged, and the next connect's
    // reconciliation (devices capability) puts the account right.
    (key ? broker.accounts.set(screenId, key) : broker.accounts.remove(screenId))
      .catch((err: Error) => log.warn({ err: err.message, screenId }, 'screen broker account not changed'));
    return true;
  };

  /** The zone viewers' retained revision topics. */
  const publishZones = () => {
    for (const z of structure.zones()) {
      const m = publisher.current(`zone:${z.id}`);
      if (!m) continue;
      bus.publish('zoneRevision', { zoneId: z.id }, { revision: m.revision, manifest: { sha256: m.sha256, bytes: m.bytes } })
        .catch((err: Error) => log.warn({ err: err.message, zone: z.id }, 'zone revision not published'));
    }
  };

  /** Each LED board's ticker as its schedule has it now, and a timer for when that next changes. */
  let tickerTimer: NodeJS.Timeout | null = null;
  const updateTickers = () => {
    if (tickerTimer) clearTimeout(tickerTimer);
    const content = items.content();
    const t = now().getTime();
    let next: number | null = null;
    for (const board of structure.screens().filter((s) => s.kind === 'led' && s.deviceId)) {
      led.ticker(board.deviceId!, tickerText(content, board, hall.timezone, t));
      const n = nextTickerChange(content, board, hall.timezone, t);
      if (n !== null && (next === null || n < next)) next = n;
    }
    // Timers are capped at a day; the ticker is looked at again then anyway.
    const wait = Math.min(next === null ? 86_400_000 : next - t + 50, 86_400_000);
    tickerTimer = setTimeout(updateTickers, Math.max(wait, 50));
    tickerTimer.unref();
  };

  const health = new ScreenHealthTracker({
    bus, screens: () => structure.screens(), audit, now, log,
    desired: () => new Map([...commands.latest()].map(([id, r]) => [id, { revision: r.revision, state: r.state, attempts: r.attempts }])),
    cameOnline: (screen) => {
      if (screen.kind === 'lcd') void commands.channel.resend(screen.id);
      else if (screen.deviceId) {
        led.forget(screen.deviceId);
        updateTickers();
      }
      alerts.targetOnline(screen.id);
    },
  });

  const publish = (reason: string, by: string, change?: () => void): PublishResult => {
    const result = db.transaction(() => {
      change?.();
      const r = publisher.publish(reason, by);
      audit.record(by, 'revision.publish', String(r.revision), { reason, changed: r.changed.map((c) => c.audience) });
      return r;
    })();
    if (result.changed.some((c) => c.audience.startsWith('zone:'))) publishZones();
    // The screens' commands go out first (they are sent as soon as this turn ends); the rest follows.
    setImmediate(() => {
      db.transaction(() => publisher.prune())();
      feeds.soon();
      updateTickers();
      health.publish();
    });
    return result;
  };

  const parts: SignageParts = { hall, audit, structure, items, media, publisher, alerts, led, feeds, plays, screenshots, health, publish, brokerAccount };
  app.decorate('signage', { alert: (body, by) => alerts.send(body, by), screens: () => structure.screens() } satisfies Signage);

  // Screens registered earlier keep their accounts across restarts in the broker's credential file; the seed's
  // new screens get theirs here.
  const seeded = seedSignageOnce({ db, contentDir: config.contentDir, items, structure, media, registered: (id, key) => brokerAccount(id, key), now: now() });
  await commands.channel.start();
  await led.start();
  await alerts.start();
  await health.start();
  if (seeded) publish('demo content', 'content');
  publishZones();
  feeds.start();
  updateTickers();
  app.addHook('onClose', async () => {
    if (tickerTimer) clearTimeout(tickerTimer);
    feeds.stop();
    await health.stop();
    await alerts.stop();
    await led.stop();
    await commands.channel.stop();
    writes.flush();
    writes.close();
  });

  await app.register(structureRoutes, { parts });
  await app.register(contentRoutes, { parts });
  await app.register(alertRoutes, { parts });
  await app.register(playerRoutes, { parts });
}

export default fp(signage, { name: 'signage', dependencies: ['hub', 'staff', 'devices', 'vacancies', 'fairs'] });

import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DeviceHealth, PrinterFault } from '../../contract/index.ts';
import { CommandLog } from './command-log.ts';
import { DeviceEvents } from './device-events.ts';
import { DeviceStore } from './device-store.ts';
import { Enrolment } from './enrolment.ts';
import { DeviceList, fleet, type SourceDevice } from './fleet.ts';
import { LedLines } from './led-lines.ts';
import { DeviceRegistry } from './registry.ts';
import { ShellCommands } from './shell-commands.ts';
import deviceRoutes from './routes.ts';
import enrolmentRoutes from './enrolment-routes.ts';
import fleetRoutes from './fleet-routes.ts';

/** What other capabilities may ask of the hall's devices. */
export interface Devices {
  health(id: string): DeviceHealth | null;
  all(): DeviceHealth[];
  /** Why a printer cannot print now; empty when it can. */
  printerFaults(id: string): PrinterFault[];
  /** Shows a line on a window of every LED board; each board's acknowledgement is tracked (GET /api/devices/led-lines). */
  showLed(window: number, text: string, brightness?: number | null): void;
  /**
   * Lists another capability's devices in the one registry (signage's lobby screens: they have their own keys
   * and commands): the fleet view shows them with their health, and their presence is tracked like any device's.
   */
  addSource(source: 'signage', list: () => SourceDevice[]): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    devices: Devices;
  }
}

/** How often device health is re-derived: a silent device is flagged within STALE_MS plus this. */
const CHECK_MS = 5000;
const PRUNE_MS = 3600_000;

/**
 * The hall's devices: one registry of every device (content, enrolled in admin, other capabilities' screens),
 * enrolment with one-time codes, approval and revocation that follow through to the broker's accounts, health
 * from presence, printer state, heartbeats and crash reports (published for the screens as `deviceHealth`),
 * commands to kiosk shells, the log of every command sent, and the LED lines of the windows.
 */
async function devices(app: FastifyInstance) {
  const { bus, catalogue, config, db, events, log, now, broker, hall } = app.hub;
  const store = new DeviceStore(db);
  const history = new DeviceEvents(db);
  const others = new Map<'signage', () => SourceDevice[]>();
  const list = new DeviceList({ content: () => catalogue.hall.devices, store, others });
  const registry = new DeviceRegistry(() => list.all(), {
    changed: (health) => events.emit('device.changed', health),
    transition: (id, state, reason) => history.record(id, state, reason, now()),
    now,
  });
  const enrolment = new Enrolment({
    db, store, events: history, accounts: broker.accounts, content: () => catalogue.hall.devices, hall, mqttUrl: broker.deviceUrl,
    publicUrl: config.publicUrl, codeMs: config.enrolmentCodeMs, now, log,
    // The cards capability is registered later; by the time a device asks, it is there.
    kioskKey: (kioskId) => app.cards?.kioskKey(kioskId),
  });
  const commandLog = new CommandLog(db);
  const shell = new ShellCommands({ bus, log: commandLog, dir: path.join(config.dataDir, 'screenshots'), now, events, logger: log });
  const boards = () => list.all().filter((d) => d.kind === 'call-screen' && enrolment.state(d.id) !== 'revoked').map((d) => d.id);
  const led = new LedLines(bus, boards, now, log, events);
  app.decorate('devices', {
    health: (id) => registry.health(id),
    all: () => registry.all(),
    printerFaults: (id) => registry.printerFaults(id),
    showLed: (window, text, brightness = null) => led.show(window, text, brightness),
    addSource: (source, devices) => {
      others.set(source, devices);
      list.invalidate();
    },
  } satisfies Devices);

  const publishHealth = (health: DeviceHealth) => {
    bus.publish('deviceHealth', { deviceId: health.id }, health).catch((err: Error) => log.warn({ err: err.message }, 'device health not published'));
  };
  const offs = [
    events.on('device.changed', publishHealth),
    events.on('device.command', (e) => commandLog.journal(e)),
  ];
  // Presence, printer state and heartbeats arrive retained, so the registry is complete right after (re)subscribing.
  const unsubscribe = [
    await bus.subscribe('devicePresence', (p, { deviceId }) => {
      registry.applyPresence(deviceId, p);
      const device = list.all().find((d) => d.id === deviceId);
      if (p.state === 'online' && device) events.emit('device.connected', { deviceId, kind: device.kind });
    }),
    await bus.subscribe('printerState', (s, { deviceId }) => registry.applyPrinterState(deviceId, s)),
    await bus.subscribe('agentHealth', (hb, { deviceId }) => registry.applyHeartbeat(deviceId, hb)),
    // Lobby screens are devices too: their player's beat (signage's topic) keeps them current in the fleet.
    await bus.subscribe('signageHeartbeat', (hb, { deviceId }) => registry.applyScreenBeat(deviceId, hb)),
    await bus.subscribe('deviceCrash', (c, { deviceId }) => {
      registry.applyCrash(deviceId, c);
      history.record(deviceId, 'crash', `${c.reason}${c.recoveredMs !== null ? `; back in ${c.recoveredMs} ms` : ''}`, now());
    }),
  ];
  for (const h of registry.all()) publishHealth(h);
  await led.start();
  await shell.start();

  // The broker's accounts follow the registry: at start, and whenever the hub's broker connection is back.
  const reconcile = () => void enrolment.reconcile().catch((err: Error) => log.warn({ err: err.message }, 'device accounts not reconciled; retried at the next connect'));
  reconcile();
  bus.client.on('connect', reconcile);
  const checker = setInterval(() => registry.check(), CHECK_MS);
  checker.unref();
  const pruner = setInterval(() => {
    commandLog.prune(now().getTime());
    history.prune(now());
  }, PRUNE_MS);
  pruner.unref();

  app.addHook('onClose', async () => {
    clearInterval(checker);
    clearInterval(pruner);
    bus.client.off('connect', reconcile);
    for (const off of offs) off();
    await shell.stop();
    await led.stop();
    commandLog.flush();
    await Promise.all(unsubscribe.map((u) => u().catch(() => {})));
  });
  const fleetView = () => fleet(list, registry, (id) => enrolment.state(id) ?? 'provisioned', (id) => shell.screenshotAt(id));
  await app.register(deviceRoutes, { led });
  await app.register(enrolmentRoutes, { enrolment, list, fleet: fleetView });
  await app.register(fleetRoutes, { shell, commandLog, history, fleet: fleetView });
}

export default fp(devices, { name: 'devices', dependencies: ['hub', 'staff'] });

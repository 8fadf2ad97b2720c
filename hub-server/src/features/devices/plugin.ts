import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DeviceHealth, PrinterFault } from '../../contract/index.ts';
import { LedLines } from './led-lines.ts';
import { DeviceRegistry } from './registry.ts';
import deviceRoutes from './routes.ts';

/** What other capabilities may ask of the hall's devices. */
export interface Devices {
  health(id: string): DeviceHealth | null;
  all(): DeviceHealth[];
  /** Why a printer cannot print now; empty when it can. */
  printerFaults(id: string): PrinterFault[];
  /** Shows a line on a window of every LED board; each board's acknowledgement is tracked (GET /api/devices/led-lines). */
  showLed(window: number, text: string, brightness?: number | null): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    devices: Devices;
  }
}

/**
 * The hall's devices: health from their retained presence and printer state, published for the screens as
 * `deviceHealth` whenever it changes (a subscriber of `device.changed`), and the LED lines of the windows.
 */
async function devices(app: FastifyInstance) {
  const { bus, catalogue, events, log, now } = app.hub;
  const registry = new DeviceRegistry(catalogue.hall.devices, (health) => events.emit('device.changed', health));
  const led = new LedLines(bus, catalogue.hall.devices.filter((d) => d.kind === 'call-screen').map((d) => d.id), now, log);
  app.decorate('devices', {
    health: (id) => registry.health(id),
    all: () => registry.all(),
    printerFaults: (id) => registry.printerFaults(id),
    showLed: (window, text, brightness = null) => led.show(window, text, brightness),
  } satisfies Devices);

  const publishHealth = (health: DeviceHealth) => {
    bus.publish('deviceHealth', { deviceId: health.id }, health).catch((err: Error) => log.warn({ err: err.message }, 'device health not published'));
  };
  const off = events.on('device.changed', publishHealth);
  // Presence and printer state arrive retained, so the registry is complete right after (re)subscribing.
  const unsubscribe = [
    await bus.subscribe('devicePresence', (p, { deviceId }) => {
      registry.applyPresence(deviceId, p, now());
      const device = catalogue.device(deviceId);
      if (p.state === 'online' && device) events.emit('device.connected', { deviceId, kind: device.kind });
    }),
    await bus.subscribe('printerState', (s, { deviceId }) => registry.applyPrinterState(deviceId, s)),
  ];
  for (const h of registry.all()) publishHealth(h);
  await led.start();
  app.addHook('onClose', async () => {
    off();
    await led.stop();
    await Promise.all(unsubscribe.map((u) => u().catch(() => {})));
  });
  await app.register(deviceRoutes, { led });
}

export default fp(devices, { name: 'devices', dependencies: ['hub', 'staff'] });

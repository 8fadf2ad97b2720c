import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, DeviceHealth, SimPrinterControl, Slug } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { requireStaff } from '../staff/guard.ts';

export default async function deviceRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { bus, devices, catalogue, log } = app.hub;

  // Presence and printer state arrive retained, so the registry is complete right after (re)subscribing.
  const unsubscribe = [
    await bus.subscribe('devicePresence', (p, { deviceId }) => devices.applyPresence(deviceId, p, app.hub.now())),
    await bus.subscribe('printerState', (s, { deviceId }) => devices.applyPrinterState(deviceId, s)),
  ];
  const onChange = (health: DeviceHealth) => {
    bus.publish('deviceHealth', { deviceId: health.id }, health).catch((err: Error) => log.warn({ err: err.message }, 'device health not published'));
  };
  devices.on('change', onChange);
  for (const h of devices.all()) onChange(h);
  app.addHook('onClose', async () => {
    devices.off('change', onChange);
    await Promise.all(unsubscribe.map((u) => u().catch(() => {})));
  });

  api.get('/api/devices', {
    preHandler: requireStaff(),
    schema: { tags: ['devices'], summary: 'Health of every device in the hall', response: { 200: z.array(DeviceHealth), 401: ApiError } },
  }, async () => devices.all());

  api.post('/api/devices/:deviceId/sim-printer', {
    preHandler: requireStaff('admin'),
    schema: {
      tags: ['devices'],
      summary: 'Inject a fault into a simulated printer (demo and drills)',
      params: z.strictObject({ deviceId: Slug }),
      body: SimPrinterControl,
      response: { 202: z.object({ sent: z.literal(true) }), 404: ApiError },
    },
  }, async (req, reply) => {
    if (catalogue.device(req.params.deviceId)?.kind !== 'printer') throw fieldError(404, 'params.deviceId', 'no such printer');
    await bus.publish('simPrinter', { deviceId: req.params.deviceId }, req.body);
    reply.status(202);
    return { sent: true as const };
  });
}

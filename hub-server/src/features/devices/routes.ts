import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, DeviceCommandSent, DeviceHealth, DeviceParams, LedLineStatus, SimPrinterControl } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import type { LedLines } from './led-lines.ts';

export default async function deviceRoutes(app: FastifyInstance, { led }: { led: LedLines }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { bus, catalogue } = app.hub;

  api.get('/api/devices', {
    config: { access: { staff: 'device.read' } },
    schema: { tags: ['devices'], summary: 'Health of every device in the hall', response: { 200: z.array(DeviceHealth), 401: ApiError } },
  }, async () => app.devices.all());

  api.get('/api/devices/led-lines', {
    config: { access: { staff: 'device.read' } },
    schema: {
      tags: ['devices'],
      summary: 'The latest line sent to each window of each LED board, and whether the board acknowledged it',
      response: { 200: z.array(LedLineStatus), 401: ApiError },
    },
  }, async () => led.status());

  api.post('/api/devices/:deviceId/sim-printer', {
    config: { access: { staff: 'device.manage' } },
    schema: {
      tags: ['devices'],
      summary: 'Inject a fault into a simulated printer (demo and drills)',
      params: DeviceParams,
      body: SimPrinterControl,
      response: { 202: DeviceCommandSent, 404: ApiError },
    },
  }, async (req, reply) => {
    if (catalogue.device(req.params.deviceId)?.kind !== 'printer') throw fieldError(404, 'params.deviceId', 'no such printer');
    await bus.publish('simPrinter', { deviceId: req.params.deviceId }, req.body);
    reply.status(202);
    return { sent: true as const };
  });
}

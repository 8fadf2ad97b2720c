import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, DeviceCommandBody, DeviceCommandEntry, DeviceCommandIssued, DeviceEvent, DeviceParams, FleetDevice, Slug } from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { CommandLog } from './command-log.ts';
import type { DeviceEvents } from './device-events.ts';
import type { ShellCommands } from './shell-commands.ts';

export interface FleetRoutesOptions {
  shell: ShellCommands;
  commandLog: CommandLog;
  history: DeviceEvents;
  fleet: () => FleetDevice[];
}

const Recent = z.strictObject({ deviceId: Slug.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });

/** The fleet view: every device, commands to kiosk shells, the command log and what happened to each device. */
export default async function fleetRoutes(app: FastifyInstance, { shell, commandLog, history, fleet }: FleetRoutesOptions) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/devices/fleet', {
    config: { access: { staff: 'device.read' } },
    schema: {
      tags: ['devices'],
      summary: 'Every device: registry, enrolment, status, zone, last seen, faults, uptime, last crash and screenshot',
      response: { 200: z.array(FleetDevice), 401: ApiError, 403: ApiError },
    },
  }, async () => fleet());

  api.post('/api/devices/:deviceId/commands', {
    config: { access: { staff: 'device.manage' } },
    schema: {
      tags: ['devices'],
      summary: 'Send a kiosk shell a command (ping, reload, navigate, screenshot); its answer appears in the command log',
      params: DeviceParams, body: DeviceCommandBody,
      response: { 202: DeviceCommandIssued, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req, reply) => {
    const device = fleet().find((d) => d.id === req.params.deviceId);
    if (!device || device.kind !== 'kiosk-shell') throw fieldError(404, 'params.deviceId', 'no such kiosk shell');
    // Only a device the broker lets in can hear a command.
    if (device.enrolment !== 'active' && device.enrolment !== 'provisioned') {
      throw new HttpError(409, 'DEVICE_STATE', `device ${device.id} is ${device.enrolment}: it takes no commands`);
    }
    const cmd = shell.issue(device.id, { action: req.body.action, ...(req.body.path && { path: req.body.path }) });
    reply.status(202);
    return { correlationId: cmd.correlationId, state: cmd.state };
  });

  api.get('/api/devices/commands', {
    config: { access: { staff: 'device.read' } },
    schema: {
      tags: ['devices'],
      summary: 'Every command sent to a device, newest first, with its state and the device\'s answer',
      querystring: Recent,
      response: { 200: z.array(DeviceCommandEntry), 401: ApiError, 403: ApiError },
    },
  }, async (req) => commandLog.recent(req.query.limit, req.query.deviceId));

  api.get('/api/devices/events', {
    config: { access: { staff: 'device.read' } },
    schema: {
      tags: ['devices'],
      summary: 'What happened to the devices, newest first: offline, back online, crashed, added, enrolled, approved, revoked',
      querystring: Recent,
      response: { 200: z.array(DeviceEvent), 401: ApiError, 403: ApiError },
    },
  }, async (req) => history.recent(req.query.limit, req.query.deviceId));

  api.get('/api/devices/:deviceId/screenshot', {
    config: { access: { staff: 'device.read' } },
    schema: { tags: ['devices'], summary: 'The last screenshot of a kiosk shell, as JPEG', params: DeviceParams },
  }, async (req, reply) => {
    const jpeg = shell.screenshot(req.params.deviceId);
    if (!jpeg) throw fieldError(404, 'params.deviceId', 'no screenshot of this device yet');
    // Staff screens only; a kiosk's picture may show a visitor's masked details, so nothing caches it.
    reply.type('image/jpeg').header('cache-control', 'no-store');
    return reply.send(jpeg);
  });
}

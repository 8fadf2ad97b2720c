import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AddDeviceBody, AddDeviceResult, ApiError, DeviceParams, DeviceSelf, EnrolBody, EnrolmentCode, EnrolResult, FleetDevice } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { staffOf } from '../staff/guard.ts';
import type { Enrolment } from './enrolment.ts';
import type { DeviceList } from './fleet.ts';

/** The device's own credential as HTTP Basic: its id and the secret it got at enrolment. */
function basicAuth(req: FastifyRequest): { id: string; secret: string } | null {
  const header = req.headers.authorization;
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) } : null;
}

/**
 * Staff add a device and get its one-time code; the device exchanges the code (public: the code is the
 * proof) and then asks with its own credential whether it has been approved; staff approve or revoke it.
 */
export interface EnrolmentRoutesOptions {
  enrolment: Enrolment;
  list: DeviceList;
  fleet: () => FleetDevice[];
}

export default async function enrolmentRoutes(app: FastifyInstance, { enrolment, list, fleet }: EnrolmentRoutesOptions) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const view = (id: string) => {
    list.invalidate();
    return fleet().find((d) => d.id === id)!;
  };

  api.post('/api/devices', {
    config: { access: { staff: 'device.manage' } },
    schema: {
      tags: ['devices'],
      summary: 'Add a device (kind, zone, page or printer) and get its one-time enrolment code',
      body: AddDeviceBody,
      response: { 201: AddDeviceResult, 400: ApiError, 401: ApiError, 403: ApiError, 409: ApiError },
    },
  }, async (req, reply) => {
    const { device, enrolment: code } = enrolment.add(req.body, staffOf(req).staff.username);
    reply.status(201);
    return { device: view(device.id), enrolment: code };
  });

  api.post('/api/devices/:deviceId/enrolment-code', {
    config: { access: { staff: 'device.manage' } },
    schema: {
      tags: ['devices'],
      summary: 'A new one-time enrolment code for a device (a new or repaired machine); earlier codes stop working',
      params: DeviceParams,
      response: { 201: EnrolmentCode, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req, reply) => {
    const code = enrolment.newCode(req.params.deviceId, staffOf(req).staff.username);
    list.invalidate();
    reply.status(201);
    return code;
  });

  api.post('/api/devices/enrol', {
    config: { access: { public: 'a device exchanges its one-time enrolment code; the code is the proof' } },
    schema: {
      tags: ['devices'],
      summary: 'A device exchanges its enrolment code for its broker credential and configuration; it waits for approval',
      body: EnrolBody,
      response: { 200: EnrolResult, 400: ApiError, 404: ApiError, 409: ApiError, 410: ApiError, 503: ApiError },
    },
  }, async (req) => {
    const result = await enrolment.enrol(req.body.code);
    list.invalidate();
    return result;
  });

  api.get('/api/devices/self', {
    config: { access: { public: 'a device asks with its own credential (HTTP Basic: device id and secret), checked inside' } },
    schema: {
      tags: ['devices'],
      summary: 'A device asks whether it has been approved, and for its configuration',
      response: { 200: DeviceSelf, 401: ApiError },
    },
  }, async (req) => {
    const auth = basicAuth(req);
    const self = auth ? enrolment.self(auth.id, auth.secret) : null;
    if (!self) throw new HttpError(401, 'DEVICE_CREDENTIAL', 'authorization: a device id and its secret, as HTTP Basic');
    return self;
  });

  for (const [action, decide] of [['approve', enrolment.approve], ['revoke', enrolment.revoke]] as const) {
    api.post(`/api/devices/:deviceId/${action}`, {
      config: { access: { staff: 'device.manage' } },
      schema: {
        tags: ['devices'],
        summary: action === 'approve' ? 'Approve an enrolled device: the broker lets it in' : 'Revoke a device: its credential is refused and a live session cut at once',
        params: DeviceParams,
        response: { 200: FleetDevice, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 503: ApiError },
      },
    }, async (req) => {
      await decide.call(enrolment, req.params.deviceId, staffOf(req).staff.username);
      return view(req.params.deviceId);
    });
  }

  // What a phone that scanned the enrolment QR code sees: how to use the code on the device. The code is not
  // looked up here, so the page tells nobody whether a code is valid.
  api.get('/enrol', {
    config: { access: { public: 'explains the enrolment QR code; looks nothing up' } },
    schema: { hide: true, querystring: z.strictObject({ code: z.string().max(20).optional() }) },
  }, async (req, reply) => {
    const code = (req.query.code ?? '').replace(/[^0-9A-Z-]/g, '');
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>设备注册 Device enrolment</title><body style="font:18px/1.6 sans-serif;margin:24px">
<h1>设备注册码 · Device enrolment code</h1><p style="font-size:32px;letter-spacing:4px"><b>${code}</b></p>
<p>在设备上运行 · On the device, run:</p><pre>npm run agent -- &lt;kind&gt; --enrol ${app.hub.config.publicUrl}/enrol?code=${code}</pre>
<p>注册后须由管理员在“设备”页批准。<br>After enrolling, staff approve the device under 设备 Devices.</p></body></html>`;
  });
}

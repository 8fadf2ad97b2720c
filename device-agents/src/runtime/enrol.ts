import { DeviceSelf, EnrolResult, type DeviceKind } from '@jobhall/hub-server/contract';
import type { AgentLog } from '../agent/log.ts';
import type { DeviceFile } from './device-file.ts';

/**
 * Where to enrol: the QR code's address (http://hub:8080/enrol?code=ABCD-EFGH) carries both the hub and the
 * code; a bare code needs the hub's address beside it.
 */
export function parseEnrolment(given: string, hubUrl: string | undefined): { hubUrl: string; code: string } {
  if (/^https?:\/\//.test(given)) {
    const url = new URL(given);
    const code = url.searchParams.get('code');
    if (!code) throw new Error(`${given}: no code= in the enrolment address`);
    return { hubUrl: url.origin, code };
  }
  if (!hubUrl) throw new Error('a bare enrolment code needs the hub\'s address: --hub http://hub:8080 (or HUB_URL)');
  return { hubUrl: new URL(hubUrl).origin, code: given };
}

async function answer(res: Response): Promise<string> {
  const body = await res.text();
  try {
    const j = JSON.parse(body) as { message?: string; text?: { zh: string; en: string } };
    return j.text ? `${j.text.zh} / ${j.text.en}` : (j.message ?? body);
  } catch {
    return body.slice(0, 200);
  }
}

/** Exchanges a one-time code for this device's credential and configuration. */
export async function enrol(hubUrl: string, code: string, kind: DeviceKind): Promise<DeviceFile> {
  const res = await fetch(`${hubUrl}/api/devices/enrol`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }), signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`enrolment refused (${res.status}): ${await answer(res)}`);
  const got = EnrolResult.parse(await res.json());
  if (got.kind !== kind) throw new Error(`this code is for a ${got.kind}, not a ${kind}: run the ${got.kind} agent with it`);
  return { deviceId: got.deviceId, kind: got.kind, hall: got.hall, hubUrl, mqttUrl: got.mqttUrl, secret: got.secret, config: got.config };
}

/** The hub's word on this device: pending, active or revoked, and its configuration now. */
export async function askHub(device: DeviceFile): Promise<DeviceSelf> {
  const res = await fetch(`${device.hubUrl}/api/devices/self`, {
    headers: { authorization: `Basic ${Buffer.from(`${device.deviceId}:${device.secret}`).toString('base64')}` }, signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`the hub did not recognise this device (${res.status}): ${await answer(res)}`);
  return DeviceSelf.parse(await res.json());
}

/**
 * Waits until staff approve the device; resolves with its configuration then, rejects when it is revoked.
 * A hub that does not answer is asked again: the device may have booted before it.
 */
export async function awaitApproval(device: DeviceFile, log: AgentLog, everyMs = 5000): Promise<DeviceSelf> {
  let told = false;
  for (;;) {
    try {
      const self = await askHub(device);
      if (self.state === 'active' || self.state === 'provisioned') return self;
      if (self.state === 'revoked') throw Object.assign(new Error(`${device.deviceId} has been revoked; it needs a new enrolment code`), { revoked: true });
      if (!told) log.info({ deviceId: device.deviceId, state: self.state }, 'enrolled; waiting for staff to approve this device (admin → 设备)');
      told = true;
    } catch (err) {
      if ((err as { revoked?: boolean }).revoked) throw err;
      log.warn({ err: (err as Error).message }, 'hub not reachable; asking again');
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

import path from 'node:path';
import type { DeviceConfig, DeviceKind } from '@jobhall/hub-server/contract';
import type { AgentConnection, DeviceAgent } from '../agent/device-agent.ts';
import type { AgentLog } from '../agent/log.ts';
import { CallScreenAgent } from '../call-screen/call-screen-agent.ts';
import { SimLedBoard } from '../call-screen/led-board.ts';
import { CardReaderAgent } from '../card-reader/card-reader-agent.ts';
import { SimCardReader, type CardReader } from '../card-reader/readers.ts';
import { SerialCcidReader } from '../card-reader/serial-ccid-reader.ts';
import { SerialIdCardReader } from '../card-reader/serial-id-card-reader.ts';
import { PrinterAgent } from '../printer/printer-agent.ts';
import { transportFromUrl } from '../printer/transports/index.ts';
import { parseSerialPath } from '../serial/serial-line.ts';
import type { SmsGateway } from '../sms/gateway.ts';
import { HttpSmsGateway } from '../sms/http-gateway.ts';
import { GsmModemGateway } from '../sms/modem-gateway.ts';
import { SimSmsGateway } from '../sms/sim-gateway.ts';
import { SmsAgent } from '../sms/sms-agent.ts';
import type { LocalConfig } from './local-config.ts';

export interface AgentSetup {
  kind: DeviceKind;
  connection: AgentConnection;
  /** The hub's base URL (the kiosk shell's page and origin). */
  hubUrl: string | null;
  config: DeviceConfig;
  local: LocalConfig;
  /** This device's folder for what it keeps (held print jobs, the SMS queue, printed paper of the simulator). */
  stateDir: string;
  log: AgentLog;
}

function cardReader(spec: string, log: AgentLog): CardReader {
  if (spec === 'sim:') return new SimCardReader();
  const [protocol, ...rest] = spec.split(':');
  const { path: device, baud } = parseSerialPath(rest.join(':'), 115200);
  if (protocol === 'id-card') return new SerialIdCardReader({ path: device, baud, log });
  if (protocol === 'social-security') return new SerialCcidReader({ path: device, baud, log });
  throw new Error(`CARD_READER: ${spec}: sim:, id-card:/dev/… or social-security:/dev/…`);
}

function smsGateway(l: LocalConfig, log: AgentLog): SmsGateway {
  if (l.SMS_GATEWAY === 'sim:') return new SimSmsGateway();
  if (l.SMS_GATEWAY.startsWith('modem:')) {
    const { path: device, baud } = parseSerialPath(l.SMS_GATEWAY.slice(6), 115200);
    return new GsmModemGateway({ path: device, baud, log });
  }
  if (l.SMS_GATEWAY === 'http') {
    if (!l.SMS_HTTP_URL) throw new Error('SMS_HTTP_URL: required with SMS_GATEWAY=http');
    return new HttpSmsGateway({
      url: l.SMS_HTTP_URL, format: l.SMS_HTTP_FORMAT, fields: { to: l.SMS_HTTP_TO_FIELD, text: l.SMS_HTTP_TEXT_FIELD }, extra: l.SMS_HTTP_EXTRA,
      auth: l.SMS_HTTP_AUTH, idPath: l.SMS_HTTP_ID_PATH, okPath: l.SMS_HTTP_OK_PATH ?? null, okValue: l.SMS_HTTP_OK_VALUE, log,
      callback: l.SMS_CALLBACK_PORT === undefined ? null : {
        port: l.SMS_CALLBACK_PORT, host: l.SMS_CALLBACK_HOST, token: l.SMS_CALLBACK_TOKEN ?? null, idField: l.SMS_DLR_ID_FIELD,
        statusField: l.SMS_DLR_STATUS_FIELD, delivered: l.SMS_DLR_DELIVERED, fromField: l.SMS_MO_FROM_FIELD, textField: l.SMS_MO_TEXT_FIELD,
      },
    });
  }
  throw new Error(`SMS_GATEWAY: ${l.SMS_GATEWAY}: sim:, http or modem:/dev/…`);
}

/**
 * One agent of the shared runtime, built from what the hub said at enrolment and what the machine says in
 * its environment. Every kind has the same lifecycle (DeviceAgent); only the hardware differs.
 */
export async function makeAgent(s: AgentSetup): Promise<DeviceAgent> {
  const { connection, log, local, stateDir } = s;
  switch (s.kind) {
    case 'printer': {
      const url = local.PRINTER_URL ?? s.config.printer ?? 'sim:';
      return new PrinterAgent({ connection, log, stateDir, transport: transportFromUrl(url, path.join(stateDir, 'paper')) });
    }
    case 'call-screen':
      return new CallScreenAgent({ connection, log, board: new SimLedBoard() });
    case 'card-reader':
      return new CardReaderAgent({ connection, log, reader: cardReader(local.CARD_READER, log) });
    case 'sms':
      return new SmsAgent({
        connection, log, gateway: smsGateway(local, log), stateDir, lifetimeMs: local.SMS_LIFETIME_MINUTES * 60_000,
        limits: { per10min: local.SMS_MAX_PER_10_MIN, perDay: local.SMS_MAX_PER_DAY },
      });
    case 'kiosk-shell': {
      if (!s.hubUrl || !s.config.page) throw new Error('a kiosk shell needs its hub and page: enrol it (--enrol) so the hub says which page it shows');
      // Loaded only here: the other agents never load the browser driver.
      const { KioskShellAgent } = await import('../kiosk-shell/kiosk-shell-agent.ts');
      const [width, height] = local.SHELL_WINDOW.split('x').map(Number) as [number, number];
      return new KioskShellAgent({
        connection, log, hubUrl: s.hubUrl, page: s.config.page, chromium: local.CHROMIUM, headless: local.SHELL_HEADLESS === '1',
        window: { width, height }, extraOrigins: local.SHELL_EXTRA_ORIGINS,
      });
    }
    case 'signage-screen':
      throw new Error('a lobby screen is a browser of its own (signage), not an agent');
  }
}

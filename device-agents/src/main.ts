import path from 'node:path';
import { z } from 'zod';
import { DeviceKind, Slug } from '@jobhall/hub-server/contract';
import { jsonLog } from './agent/log.ts';
import { PrinterAgent } from './printer/printer-agent.ts';
import { transportFromUrl } from './printer/transports/index.ts';
import { CallScreenAgent } from './call-screen/call-screen-agent.ts';
import { SimLedBoard } from './call-screen/led-board.ts';
import { HttpSmsGateway, SimSmsGateway } from './sms/gateways.ts';
import { SmsAgent } from './sms/sms-agent.ts';
import { CardReaderAgent } from './card-reader/card-reader-agent.ts';
import { SimCardReader } from './card-reader/readers.ts';

/**
 * Runs one agent as its own process on a device's machine:
 *   AGENT=printer DEVICE_ID=printer-1 DEVICE_SECRET=… MQTT_URL=mqtt://hub:1883 HALL_ID=demo-hall PRINTER_URL=tcp://10.0.0.9:9100
 * (`npm start` runs the demo hall's agents in-process instead.)
 */
const Env = z.object({
  // The kiosk shell is not one of these agents: it runs Chromium beside the kiosk.
  AGENT: DeviceKind.exclude(['kiosk-shell']),
  DEVICE_ID: Slug,
  DEVICE_SECRET: z.string().min(16),
  MQTT_URL: z.url({ protocol: /^mqtts?$/ }),
  HALL_ID: Slug,
  PRINTER_URL: z.string().default('sim:'),
  /** An HTTP SMS API taking {to, text}; unset, messages are only printed (simulated gateway). */
  SMS_GATEWAY_URL: z.url().optional(),
  SMS_GATEWAY_TOKEN: z.string().optional(),
  AGENT_STATE_DIR: z.string().default('./data/agents'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

const parsed = Env.safeParse(process.env);
if (!parsed.success) {
  for (const i of parsed.error.issues) console.error(`device agent cannot start: ${i.path.join('.')}: ${i.message}`);
  process.exit(2);
}
const env = parsed.data;
const log = jsonLog(env.DEVICE_ID, env.LOG_LEVEL);
const connection = { url: env.MQTT_URL, hall: env.HALL_ID, deviceId: env.DEVICE_ID, password: env.DEVICE_SECRET };
const stateDir = path.resolve(env.AGENT_STATE_DIR, env.DEVICE_ID);
const agent =
  env.AGENT === 'printer'
    ? new PrinterAgent({ connection, log, stateDir, transport: transportFromUrl(env.PRINTER_URL, path.join(stateDir, 'paper')) })
    : env.AGENT === 'card-reader'
      ? new CardReaderAgent({ connection, log, reader: new SimCardReader() })
      : env.AGENT === 'sms'
      ? new SmsAgent({ connection, log, gateway: env.SMS_GATEWAY_URL ? new HttpSmsGateway(env.SMS_GATEWAY_URL, env.SMS_GATEWAY_TOKEN) : new SimSmsGateway() })
      : new CallScreenAgent({ connection, log, board: new SimLedBoard() });
await agent.start();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void agent.stop().then(() => process.exit(0)));
}

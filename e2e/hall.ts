import mqtt, { type MqttClient } from 'mqtt';
import { startTestHub, eventually, type TestHub } from '@jobhall/hub-server/testing';
import { lastWill } from '@jobhall/hub-server/contract';
import { CallScreenAgent, CardReaderAgent, PrinterAgent, SimCardReader, SimLedBoard, SimSmsGateway, SimTransport, SmsAgent, jsonLog } from '@jobhall/device-agents';
import { startMosquitto, type MosquittoInstance } from '../scripts/mosquitto.ts';

export type BrokerKind = 'embedded' | 'mosquitto';

/** A whole hall for cross-part tests: the hub, its broker (embedded or a real Mosquitto), and both agents. */
export interface TestHall {
  hub: TestHub;
  kind: BrokerKind;
  printer: PrinterAgent;
  paper: SimTransport;
  board: SimLedBoard;
  callScreen: CallScreenAgent;
  sms: SimSmsGateway;
  /** The entrance kiosk's card reader: place(card) is someone putting a card on it. */
  cards: SimCardReader;
  /** mqtt:// URL agents use. */
  brokerUrl: string;
  /** ws:// URL browsers use. */
  wsUrl: string;
  deviceSecret(id: string): string;
  /** A raw MQTT client with a device's or the display's credentials, for ACL and last-will checks. */
  rawClient(username: string, password: string, opts?: mqtt.IClientOptions): Promise<MqttClient>;
  close(): Promise<void>;
}

type MosquittoInfo = Omit<MosquittoInstance, 'stop' | 'pause' | 'resume'>;

let ownMosquitto: MosquittoInstance | null = null;

/**
 * This test file's own Mosquitto, started on first use. Never shared between files: two halls on one broker
 * have the same hall id and device ids and take over each other's agent sessions. The test runner kills what a
 * file leaves running; a file that stops it itself (stopOwnMosquitto) frees the ports sooner.
 */
export async function mosquittoForTests(hall: string, devices: string[]): Promise<MosquittoInfo> {
  ownMosquitto ??= await startMosquitto(hall, devices);
  return ownMosquitto;
}

export async function stopOwnMosquitto(): Promise<void> {
  await ownMosquitto?.stop();
  ownMosquitto = null;
}

export async function startTestHall(kind: BrokerKind, opts: { listen?: boolean; now?: () => Date; env?: Record<string, string> } = {}): Promise<TestHall> {
  // A whole hall in one test: every kiosk page, phone page, screen and the test's own requests come from
  // 127.0.0.1 at machine speed, which the per-client limit (RATE_LIMIT_PER_MINUTE, 600 a minute) answers with
  // 429 part-way through a long suite. The limit is tested on its own (infra/request-limit.test.ts); a test
  // that wants it here sets it in `env`.
  let env: Record<string, string> = { RATE_LIMIT_PER_MINUTE: '0', ...opts.env };
  let mosq: MosquittoInfo | null = null;
  if (kind === 'mosquitto') {
    mosq = await mosquittoForTests('demo-hall', ['printer-1', 'callscreen-1', 'sms-1', 'cardreader-1']);
    env = {
      ...env, MQTT_URL: mosq.url, MQTT_USERNAME: mosq.hubUser, MQTT_PASSWORD: mosq.hubPassword, MQTT_WS_URL: mosq.wsUrl,
      MQTT_DISPLAY_USERNAME: mosq.displayUser, MQTT_DISPLAY_PASSWORD: mosq.displayPassword,
    };
  }
  const hub = await startTestHub({ env, listen: opts.listen ?? true, now: opts.now });
  const brokerUrl = mosq ? mosq.url : `mqtt://127.0.0.1:${hub.app.hub.broker.port}`;
  const wsUrl = mosq ? mosq.wsUrl : `${hub.baseUrl.replace('http', 'ws')}/mqtt`;
  const deviceSecret = (id: string) => (mosq ? mosq.devices[id]! : hub.app.hub.broker.credentials!.devices[id]!);
  const hall = hub.app.hub.hall;
  const paper = new SimTransport(null);
  const board = new SimLedBoard(() => {});
  const printer = new PrinterAgent({
    connection: { url: brokerUrl, hall, deviceId: 'printer-1', password: deviceSecret('printer-1') },
    transport: paper, log: jsonLog('printer-1', 'silent'), stateDir: null, pollMs: 200,
  });
  const callScreen = new CallScreenAgent({
    connection: { url: brokerUrl, hall, deviceId: 'callscreen-1', password: deviceSecret('callscreen-1') },
    board, log: jsonLog('callscreen-1', 'silent'),
  });
  const sms = new SimSmsGateway(() => {});
  const smsAgent = new SmsAgent({
    connection: { url: brokerUrl, hall, deviceId: 'sms-1', password: deviceSecret('sms-1') }, gateway: sms, log: jsonLog('sms-1', 'silent'), stateDir: null,
  });
  const cards = new SimCardReader();
  const cardAgent = new CardReaderAgent({
    connection: { url: brokerUrl, hall, deviceId: 'cardreader-1', password: deviceSecret('cardreader-1') }, reader: cards, log: jsonLog('cardreader-1', 'silent'),
  });
  await printer.start();
  await callScreen.start();
  await smsAgent.start();
  await cardAgent.start();
  await Promise.all([printer.ready(), callScreen.ready(), smsAgent.ready(), cardAgent.ready()]);
  // The agents started above; the demo's lobby screens are devices too, but no browser shows them here.
  await eventually(() => hub.app.devices.all().every((d) => d.kind === 'signage-screen' || d.state === 'online'), 5000, 'every agent online at the hub');
  const clients: MqttClient[] = [];
  return {
    hub, kind, printer, paper, board, callScreen, sms, cards, brokerUrl, wsUrl, deviceSecret,
    async rawClient(username, password, extra = {}) {
      const client = mqtt.connect(extra.protocol === 'ws' ? wsUrl : brokerUrl, {
        protocolVersion: 4, username, password, reconnectPeriod: 0, connectTimeout: 3000, ...extra,
      });
      clients.push(client);
      await new Promise<void>((resolve, reject) => {
        client.once('connect', () => resolve());
        client.once('error', reject);
      });
      return client;
    },
    async close() {
      for (const c of clients) c.end(true);
      await printer.stop();
      await callScreen.stop();
      await smsAgent.stop();
      await cardAgent.stop();
      await hub.close();
    },
  };
}

export { eventually, lastWill };

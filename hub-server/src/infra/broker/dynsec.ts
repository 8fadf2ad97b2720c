import crypto from 'node:crypto';
import type { MqttClient } from 'mqtt';
import type { FastifyBaseLogger } from 'fastify';
import type { DeviceAccounts } from './accounts.ts';
import { dynsecAcls, dynsecRole, type Principal } from './acl.ts';

/** Mosquitto's dynamic-security control topic (plugin API v1) and where it answers. */
export const DYNSEC_TOPIC = '$CONTROL/dynamic-security/v1';
const RESPONSE_TOPIC = `${DYNSEC_TOPIC}/response`;

type Command = Record<string, unknown> & { command: string };
interface Response {
  command: string;
  error?: string;
  data?: unknown;
  correlationData?: string;
}

/** Errors that mean "already so": creating what exists, adding what is there. Idempotent set-up ignores them. */
const ALREADY = /already exists|already has|already in/i;

export interface DynsecOptions {
  /** The hub's own client: its account is the dynamic-security admin (`mosquitto_ctrl dynsec init … hub`). */
  client: MqttClient;
  hall: string;
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>;
  /** How long to wait for the plugin's answer. */
  timeoutMs?: number;
}

/**
 * Device accounts on an external Mosquitto, through its dynamic-security plugin's control topic. Each device
 * gets a client (user name = device id) and a role of its own whose ACLs come from acl.ts, so the rules are
 * the embedded broker's. The plugin's `disableClient` and `deleteClient` also disconnect a live session.
 */
export class DynsecAccounts implements DeviceAccounts {
  readonly store = 'dynsec' as const;
  private readonly waiting = new Map<string, (r: Response) => void>();
  private readonly onMessage = (topic: string, payload: Buffer) => {
    if (topic !== RESPONSE_TOPIC) return;
    let body: { responses?: Response[] };
    try {
      body = JSON.parse(payload.toString('utf8'));
    } catch {
      return;
    }
    for (const r of body.responses ?? []) {
      const done = r.correlationData ? this.waiting.get(r.correlationData) : undefined;
      if (done) {
        this.waiting.delete(r.correlationData!);
        done(r);
      }
    }
  };

  constructor(private readonly o: DynsecOptions) {}

  /**
   * Listens for the plugin's answers and runs `onConnect` after every (re)connect, and now if connected. A
   * broker that is away at start-up does not stop the hub: commands fail until it is back.
   */
  async start(onConnect: () => Promise<void>): Promise<void> {
    const { client, log } = this.o;
    client.on('message', this.onMessage);
    this.onConnect = () => {
      void client.subscribeAsync(RESPONSE_TOPIC, { qos: 1 })
        .then(onConnect)
        .catch((err: Error) => log.warn({ err: err.message }, 'dynamic-security set-up failed; retried at the next connect'));
    };
    client.on('connect', this.onConnect);
    if (client.connected) {
      await client.subscribeAsync(RESPONSE_TOPIC, { qos: 1 });
      await onConnect().catch((err: Error) => log.warn({ err: err.message }, 'dynamic-security set-up failed; retried at the next connect'));
    }
  }

  stop(): void {
    this.o.client.off('message', this.onMessage);
    this.o.client.off('connect', this.onConnect);
  }

  private onConnect = () => {};

  /**
   * The hub's and the browsers' rights: a role for the hub added to its (admin) client, and the read-only
   * display client with its role. Safe to run at every start.
   */
  async provision(hubUser: string, display: { username: string; password: string }): Promise<void> {
    const hub = dynsecRole(this.o.hall, { role: 'hub' });
    const disp = dynsecRole(this.o.hall, { role: 'display' });
    await this.ensureRole({ role: 'hub' });
    await this.ensureRole({ role: 'display' });
    await this.grant(hubUser, hub);
    const created = await this.run([{ command: 'createClient', username: display.username, password: display.password, roles: [{ rolename: disp }] }], ALREADY);
    if (created[0]?.error) {
      await this.run([{ command: 'setClientPassword', username: display.username, password: display.password }]);
      await this.grant(display.username, disp);
    }
  }

  /** Adds a role to a client that lacks it (Mosquitto 2.0 answers a duplicate addClientRole with an error). */
  private async grant(username: string, rolename: string): Promise<void> {
    const [got] = await this.run([{ command: 'getClient', username }]);
    const roles = (got?.data as { client?: { roles?: Array<{ rolename: string }> } })?.client?.roles ?? [];
    if (!roles.some((r) => r.rolename === rolename)) await this.run([{ command: 'addClientRole', username, rolename }]);
  }

  async set(deviceId: string, secret: string, { enabled = true }: { enabled?: boolean } = {}): Promise<void> {
    const role = await this.ensureRole({ role: 'device', id: deviceId });
    const [created] = await this.run([{ command: 'createClient', username: deviceId, password: secret, roles: [{ rolename: role }] }], ALREADY);
    const commands: Command[] = [];
    if (created?.error) {
      // A new secret for an existing client: whoever is connected with the old one goes.
      await this.grant(deviceId, role);
      commands.push({ command: 'setClientPassword', username: deviceId, password: secret }, { command: 'disableClient', username: deviceId });
      if (enabled) commands.push({ command: 'enableClient', username: deviceId });
    } else if (!enabled) commands.push({ command: 'disableClient', username: deviceId });
    if (commands.length) await this.run(commands, ALREADY);
  }

  async enable(deviceId: string): Promise<void> {
    await this.run([{ command: 'enableClient', username: deviceId }]);
  }

  async disable(deviceId: string): Promise<void> {
    await this.run([{ command: 'disableClient', username: deviceId }]);
  }

  async remove(deviceId: string): Promise<void> {
    // Disabled first: that cuts a live session even where deleting alone would leave it to finish.
    await this.run([
      { command: 'disableClient', username: deviceId },
      { command: 'deleteClient', username: deviceId },
      { command: 'deleteRole', rolename: dynsecRole(this.o.hall, { role: 'device', id: deviceId }) },
    ], /not found|does not exist/i);
  }

  async list(): Promise<Array<{ deviceId: string; enabled: boolean }>> {
    const [listed] = await this.run([{ command: 'listClients', verbose: true }]);
    const clients = ((listed?.data as { clients?: Array<{ username: string; disabled?: boolean; roles?: Array<{ rolename: string }> }> })?.clients) ?? [];
    const prefix = `jobhall-${this.o.hall}-device-`;
    return clients
      .filter((c) => c.roles?.some((r) => r.rolename === `${prefix}${c.username}`))
      .map((c) => ({ deviceId: c.username, enabled: !c.disabled }));
  }

  /** Creates the principal's role with the ACL table's rules (or adds them to the role that exists). */
  private async ensureRole(who: Principal): Promise<string> {
    const rolename = dynsecRole(this.o.hall, who);
    const acls = dynsecAcls(this.o.hall, who);
    const [created] = await this.run([{ command: 'createRole', rolename, acls }], ALREADY);
    if (created?.error) await this.run(acls.map((acl) => ({ command: 'addRoleACL', rolename, ...acl })), ALREADY);
    return rolename;
  }

  /**
   * Sends commands in one message (the plugin runs them in order) and waits for every answer. An error not
   * matching `tolerate` rejects; tolerated errors are returned in their response.
   */
  private async run(commands: Command[], tolerate?: RegExp): Promise<Response[]> {
    const batch = crypto.randomUUID();
    const timeoutMs = this.o.timeoutMs ?? 5000;
    const answers = commands.map((_c, i) => new Promise<Response>((resolve, reject) => {
      const id = `${batch}:${i}`;
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`dynamic-security: no answer to ${commands[i]!.command} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
    }));
    const body = { commands: commands.map((c, i) => ({ ...c, correlationData: `${batch}:${i}` })) };
    await this.o.client.publishAsync(DYNSEC_TOPIC, JSON.stringify(body), { qos: 1 });
    const responses = await Promise.all(answers);
    const failed = responses.find((r) => r.error && !tolerate?.test(r.error));
    if (failed) throw new Error(`dynamic-security ${failed.command}: ${failed.error}`);
    return responses;
  }
}

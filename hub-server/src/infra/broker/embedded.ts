import net from 'node:net';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Aedes, type Client } from 'aedes';
import type { FastifyBaseLogger } from 'fastify';
import { mayPublish, maySubscribe, type Principal } from './acl.ts';
import { sameSecret, type BrokerCredentials } from './credentials.ts';

export interface EmbeddedBrokerOptions {
  hall: string;
  host: string;
  port: number;
  hubSecret: string;
  displayUser: string;
  credentials: BrokerCredentials;
  log: FastifyBaseLogger;
}

const BAD_CREDENTIALS = 4; // [MQTT-3.2.2.3] CONNACK return code 4: bad user name or password

/**
 * The zero-setup broker: aedes on a TCP port for agents, and on the hub's /mqtt WebSocket for browsers.
 * Every connection authenticates, and every publish and subscribe is checked against the ACL table.
 */
export class EmbeddedBroker {
  private aedes: Aedes | null = null;
  private server: net.Server | null = null;
  private readonly principals = new WeakMap<Client, Principal>();
  /** Live connections of each device, so a revoked account's session can be cut. */
  private readonly sessions = new Map<string, Set<Client>>();
  port = 0;

  constructor(private readonly opts: EmbeddedBrokerOptions) {}

  async start(): Promise<void> {
    const { hall, log } = this.opts;
    this.aedes = await Aedes.createBroker({
      authenticate: (client, username, password, done) => {
        const who = this.identify(username, password?.toString('utf8'));
        if (!who) {
          log.warn({ clientId: client.id, username }, 'broker refused a connection: bad credentials');
          const err = Object.assign(new Error('bad user name or password'), { returnCode: BAD_CREDENTIALS });
          return done(err, false);
        }
        this.principals.set(client, who);
        if (who.role === 'device') {
          if (!this.sessions.has(who.id)) this.sessions.set(who.id, new Set());
          this.sessions.get(who.id)!.add(client);
        }
        done(null, true);
      },
      authorizePublish: (client, packet, done) => {
        if (!client) return done(null); // the broker's own messages
        const who = this.principals.get(client);
        if (who && mayPublish(hall, who, packet.topic)) return done(null);
        log.warn({ clientId: client.id, topic: packet.topic }, 'broker refused a publish outside the ACL');
        done(new Error('not authorised to publish here'));
      },
      authorizeSubscribe: (client, sub, done) => {
        const who = this.principals.get(client);
        if (who && maySubscribe(hall, who, sub.topic)) return done(null, sub);
        log.warn({ clientId: client.id, topic: sub.topic }, 'broker refused a subscription outside the ACL');
        // Null refuses only this subscription (SUBACK 0x80) and keeps the client connected.
        done(null, null);
      },
    });
    this.aedes.on('clientError', (client, err) => log.debug({ clientId: client?.id, err: err.message }, 'mqtt client error'));
    this.aedes.on('clientDisconnect', (client) => {
      const who = this.principals.get(client);
      if (who?.role === 'device') this.sessions.get(who.id)?.delete(client);
    });
    const server = net.createServer((socket) => this.aedes?.handle(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      // A restart (after stop()) takes the port it had, so clients reconnect where they were.
      server.listen(this.port || this.opts.port, this.opts.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : this.opts.port;
  }

  handleWebSocket(stream: Duplex, req: IncomingMessage): void {
    this.aedes?.handle(stream, req);
  }

  /** Ends every live session of a device (its account was just revoked or replaced). */
  disconnect(deviceId: string): void {
    for (const client of this.sessions.get(deviceId) ?? []) client.close();
    this.sessions.delete(deviceId);
  }

  get clients(): number {
    return this.aedes?.connectedClients ?? 0;
  }

  async stop(): Promise<void> {
    const { server, aedes } = this;
    this.server = null;
    this.aedes = null;
    // Close the broker first: it ends every client connection, which the TCP server's close waits for.
    if (aedes) await new Promise<void>((resolve) => aedes.close(() => resolve()));
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private identify(username: string | undefined, password: string | undefined): Principal | null {
    if (!username || password === undefined) return null;
    const { hubSecret, displayUser, credentials } = this.opts;
    if (username === 'hub') return sameSecret(password, hubSecret) ? { role: 'hub' } : null;
    if (username === displayUser) return sameSecret(password, credentials.display) ? { role: 'display' } : null;
    const device = credentials.devices[username];
    return device && sameSecret(password, device) ? { role: 'device', id: username } : null;
  }
}

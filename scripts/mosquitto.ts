import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { mosquittoAclFile } from '@jobhall/hub-server/broker-acl';

export interface MosquittoInstance {
  url: string;
  wsUrl: string;
  hubUser: string;
  hubPassword: string;
  displayUser: string;
  displayPassword: string;
  /** Device id → secret, for the devices the password file was made with. */
  devices: Record<string, string>;
  /** Stops the broker process and keeps its files, as a broker that went away (outage tests). */
  pause(): Promise<void>;
  /** Starts it again on the same ports with the same accounts. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`mosquitto did not open port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Where Debian's mosquitto package puts the dynamic-security plugin (`dpkg -L mosquitto`). */
export function dynsecPluginPath(): string {
  const dirs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'];
  const found = dirs.map((d) => path.join(d, 'mosquitto_dynamic_security.so')).find((f) => fs.existsSync(f));
  if (!found) throw new Error('mosquitto_dynamic_security.so not found: is the Debian package mosquitto installed?');
  return found;
}

export interface MosquittoOptions {
  /**
   * Accounts in the dynamic-security plugin instead of a password file and ACL: only the hub's account exists
   * (the plugin's admin, made with `mosquitto_ctrl dynsec init`); the hub creates the rest through the plugin.
   */
  dynsec?: boolean;
}

/**
 * A real Mosquitto on free loopback ports (TCP and WebSocket) with a password file and the same ACL the
 * embedded broker enforces, as a hall running an external broker would configure it; or with the
 * dynamic-security plugin, as a hall that enrols its devices from admin would.
 */
export async function startMosquitto(hall: string, deviceIds: string[], opts: MosquittoOptions = {}): Promise<MosquittoInstance> {
  const bin = fs.existsSync('/usr/sbin/mosquitto') ? '/usr/sbin/mosquitto' : 'mosquitto';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-mosquitto-'));
  const [port, wsPort] = [await freePort(), await freePort()];
  const secret = () => Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  const users: Record<string, string> = { hub: secret(), display: secret() };
  const devices = opts.dynsec ? {} : Object.fromEntries(deviceIds.map((id) => [id, secret()]));
  Object.assign(users, devices);
  let auth: string[];
  if (opts.dynsec) {
    // The plugin rewrites this file on every change, so it lives in a folder the broker can write.
    const state = path.join(dir, 'dynamic-security.json');
    execFileSync('mosquitto_ctrl', ['dynsec', 'init', state, 'hub', users.hub!], { stdio: 'ignore' });
    auth = [`plugin ${dynsecPluginPath()}`, `plugin_opt_config_file ${state}`];
  } else {
    const passwd = path.join(dir, 'passwd');
    fs.writeFileSync(passwd, '');
    for (const [user, pw] of Object.entries(users)) execFileSync('mosquitto_passwd', ['-b', passwd, user, pw]);
    fs.chmodSync(passwd, 0o600);
    fs.writeFileSync(path.join(dir, 'acl'), mosquittoAclFile(hall, 'hub', 'display'));
    auth = [`password_file ${passwd}`, `acl_file ${path.join(dir, 'acl')}`];
  }
  const conf = path.join(dir, 'mosquitto.conf');
  fs.writeFileSync(conf, [
    // Started as root, Mosquitto drops to the "mosquitto" user and can no longer read our private temp files.
    `user ${os.userInfo().username}`,
    'per_listener_settings false',
    'allow_anonymous false',
    ...auth,
    'persistence false',
    `listener ${port} 127.0.0.1`,
    `listener ${wsPort} 127.0.0.1`,
    'protocol websockets',
    '',
  ].join('\n'));
  let child: ChildProcess;
  const launch = async () => {
    child = spawn(bin, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    try {
      await waitForPort(port, 5000);
    } catch (err) {
      child.kill('SIGKILL');
      throw new Error(`${(err as Error).message}\n${stderr}`);
    }
  };
  const halt = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  await launch();
  return {
    url: `mqtt://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    hubUser: 'hub', hubPassword: users.hub!, displayUser: 'display', displayPassword: users.display!, devices,
    pause: halt,
    resume: launch,
    async stop() {
      await halt();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

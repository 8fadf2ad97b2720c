import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../contract/index.ts';

export interface TestHub {
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  /** http://127.0.0.1:<port> when started with listen: true. */
  baseUrl: string;
  /** Logs in and returns the headers every later staff request needs. */
  login(username?: string, password?: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export interface TestHubOptions {
  /**
   * Environment over the test defaults. An inject-only hub runs with RATE_LIMIT_PER_MINUTE=0 (its tests send
   * thousands of requests from one address in seconds); a listening hub, which browsers and agents use as a
   * hall would, keeps the production default unless a test sets it.
   */
  env?: Record<string, string>;
  now?: () => Date;
  /** Listen on a real port (browsers, agents over WebSocket); inject-only tests leave it off. */
  listen?: boolean;
  /** Reuse a data folder, to test restarts; otherwise a new temporary one. */
  dataDir?: string;
  /** Keep the data folder after close (restart tests remove it themselves). */
  keepData?: boolean;
  /** With `listen`: this port instead of any free one, so a restarted hub is where its browsers left it. */
  port?: number;
}

/** A real hub on a temporary SQLite file with its broker on port 0: what integration tests build. */
export async function startTestHub(opts: TestHubOptions = {}): Promise<TestHub> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    ...(opts.env?.MQTT_URL ? {} : { MQTT_PORT: '0' }),
    PUBLIC_URL: 'http://hall.test',
    LOG_LEVEL: 'silent',
    ...(opts.listen ? {} : { RATE_LIMIT_PER_MINUTE: '0' }),
    ...opts.env,
  });
  const app = await buildApp(config, { now: opts.now, logger: false });
  let baseUrl = '';
  if (opts.listen) {
    await app.listen({ port: opts.port ?? 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }
  return {
    app, config, dataDir, baseUrl,
    async login(username = config.admin.username, password = config.admin.password) {
      const res = await app.inject({ method: 'POST', url: '/api/staff/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      const { csrfToken } = res.json() as { csrfToken: string };
      return { cookie: `${SESSION_COOKIE}=${cookie?.value}`, [CSRF_HEADER]: csrfToken };
    },
    async close() {
      await app.close();
      if (!opts.keepData && !opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns a value (not undefined/false) or the time is up. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

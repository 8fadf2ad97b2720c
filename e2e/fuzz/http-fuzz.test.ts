/**
 * Bad input over the whole HTTP API: at least 10,000 generated requests, spread over every route the router
 * lists (wrong types, huge and broken strings, Unicode edge cases, missing and unknown fields, malformed JSON,
 * wrong content types, path tricks), anonymous and as a signed-in administrator so they reach past the
 * guards. Not one may be answered with a 5xx, every refusal has the one error shape, a validation refusal
 * names its field, and the hub still answers afterwards.
 *
 *   FUZZ_SEED=123 FUZZ_REQUESTS=50000 node --import tsx e2e/fuzz/http-fuzz.test.ts
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ApiError } from '@jobhall/hub-server/contract';
import { startTestHub } from '@jobhall/hub-server/testing';
import { Rng, badValue, bodyText, enc, mutate, segment, text, validish } from './generate.ts';
import { routeTable, type FuzzRoute } from './routes.ts';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
/** A handler slower than this under fuzz is a hang, reported like an error. */
const ANSWER_WITHIN_MS = 10_000;

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

function request(rng: Rng, route: FuzzRoute, auth: Record<string, string>): Sent {
  let url = route.url.replace(/:(\w+)/g, (_m, name: string) => segment(rng, route.params[name]));
  url = url.replace(/\*$/, () => rng.pick(['', 'index.html', '../../../etc/passwd', '..%2f..%2fpackage.json', '%00', 'a/'.repeat(200), segment(rng)]));
  if (route.query || rng.chance(0.3)) {
    const q = route.query && rng.chance(0.7) ? mutate(rng, validish(rng, route.query), route.query) : badValue(rng);
    const pairs = q && typeof q === 'object' && !Array.isArray(q) ? Object.entries(q as Record<string, unknown>) : [[segment(rng), q]];
    const qs = pairs.map(([k, v]) => `${enc(String(k))}=${rng.chance(0.8) ? enc(text(v)) : segment(rng)}`);
    if (rng.chance(0.1)) qs.push(qs[0] ?? 'a=1'); // a repeated key becomes an array
    url += `?${qs.join('&')}`;
  }
  const headers: Record<string, string> = { ...auth };
  const sent: Sent = { method: route.method, url, headers };
  if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method) && rng.chance(route.method === 'DELETE' ? 0.3 : 0.95)) {
    headers['content-type'] = rng.pick(['application/json', 'application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1']);
    const value = route.body && rng.chance(0.8) ? mutate(rng, validish(rng, route.body), route.body) : badValue(rng);
    sent.payload = bodyText(rng, value);
  }
  return sent;
}

test(`${REQUESTS} malformed requests over every route: no 5xx, one error shape, fields named; the hub still answers (seed ${SEED})`, async () => {
  const hub = await startTestHub();
  try {
    const { app } = hub;
    await app.ready();
    const routes = routeTable(app);
    assert.ok(routes.length > 150, `${routes.length} routes in the table`);
    let staff = await hub.login();
    const rng = new Rng(SEED);
    const statuses: Record<number, number> = {};
    const failures: string[] = [];
    const reached = new Set<string>();
    const started = Date.now();
    for (let i = 0; i < REQUESTS; i++) {
      const route = routes[i % routes.length]!;
      const asStaff = rng.chance(0.5);
      const sent = request(rng, route, asStaff ? staff : {});
      const res = await Promise.race([
        app.inject({ method: sent.method as 'GET', url: sent.url, headers: sent.headers, ...(sent.payload !== undefined && { payload: sent.payload }) }),
        new Promise<null>((r) => setTimeout(() => r(null), ANSWER_WITHIN_MS).unref()),
      ]);
      const what = () => `#${i} ${sent.method} ${sent.url.slice(0, 200)} ${JSON.stringify(sent.headers['content-type'] ?? '')} ${(sent.payload ?? '').slice(0, 200)}`;
      if (!res) {
        failures.push(`no answer in ${ANSWER_WITHIN_MS} ms: ${what()}`);
        continue;
      }
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      if (res.statusCode < 400) reached.add(`${route.method} ${route.url}`);
      if (res.statusCode >= 500) failures.push(`${res.statusCode}: ${what()} → ${res.body.slice(0, 300)}`);
      else if (res.statusCode >= 400 && route.url.startsWith('/api/')) {
        const body = ApiError.safeParse(res.json());
        if (!body.success) failures.push(`${res.statusCode} not in the error shape: ${what()} → ${res.body.slice(0, 300)}`);
        else if (body.data.code === 'FST_ERR_VALIDATION' && !body.data.issues?.every((x) => x.path)) failures.push(`validation refusal names no field: ${what()} → ${res.body.slice(0, 300)}`);
      }
      // The fuzz may have signed the administrator out (logout, a password change): sign in again.
      if (asStaff && res.statusCode === 401 && i % 50 === 0) staff = await hub.login().catch(() => staff);
      if (failures.length >= 20) break;
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`  seed ${SEED}: ${REQUESTS} requests over ${routes.length} routes in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)}/s); `
      + `statuses ${JSON.stringify(statuses)}; ${reached.size} routes answered 2xx/3xx at least once`);
    assert.equal(failures, [], `FUZZ_SEED=${SEED} replays this`);
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    assert.is(health.statusCode, 200, health.body);
    const services = await app.inject({ method: 'GET', url: '/api/services' });
    assert.is(services.statusCode, 200);
    assert.is(({} as Record<string, unknown>).polluted, undefined, 'no prototype was polluted');
  } finally {
    await hub.close();
  }
});

test.run();

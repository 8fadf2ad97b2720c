/**
 * The hub's whole route table, walked: every route that is not public refuses an anonymous request (401) and a
 * staff member whose roles lack its permission (403), and lets a role holding it past the guard; visitor
 * routes refuse a token of the wrong kind. The public routes are listed with the reason each gives.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROLES, RoleId, VISITOR_TOKEN_HEADER, type Permission } from '../../contract/index.ts';
import type { RouteAccess } from '../../infra/access.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
const asRole = new Map<RoleId, Record<string, string>>();

test.before(async () => {
  hub = await startTestHub();
  for (const role of RoleId.options) {
    await hub.app.staff.addStaff(`walker-${role}`, role, [role], 'walker-password-1', new Date());
    asRole.set(role, await hub.login(`walker-${role}`, 'walker-password-1'));
  }
});
test.after(async () => {
  await hub.close();
});

/** A concrete address for a route pattern: parameters and wildcards get a value no route gives meaning to. */
const urlOf = (pattern: string) => pattern.replace(/:[A-Za-z]+/g, 'z9').replace(/\*$/, 'z9');

/** A POST body that is not even JSON: the guard must answer before anything reads it. */
const send = (r: RouteAccess, headers: Record<string, string> = {}) =>
  hub.app.inject({
    method: r.method as 'GET', url: urlOf(r.url), headers: { ...headers, ...(['POST', 'PUT', 'PATCH'].includes(r.method) ? { 'content-type': 'application/json' } : {}) },
    ...(['POST', 'PUT', 'PATCH'].includes(r.method) ? { payload: '{not json' } : {}),
  });

const codeOf = (res: { body: string }) => (res.body ? (JSON.parse(res.body) as { code?: string }).code : undefined);
const holders = (p: Permission) => RoleId.options.filter((role) => ROLES[role].permissions.includes(p));
const lacking = (p: Permission) => RoleId.options.filter((role) => !ROLES[role].permissions.includes(p));

test('the table holds every route the router has, and each declares its access', () => {
  const rows = hub.app.routeAccess.rows;
  const table = new Set(rows.map((r) => `${r.method} ${r.url}`));
  // The router's own listing (printRoutes) is read independently of the table; wildcard nodes it prints
  // without their prefix, so only the exact paths are compared.
  const listed: string[] = [];
  const stack: string[] = [];
  for (const line of hub.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack[depth] = (depth ? stack[depth - 1]! : '') + m[2]!;
    if (m[3] && !stack[depth]!.includes('*')) listed.push(...m[3].split(', ').map((method) => `${method} ${stack[depth]}`));
  }
  assert.ok(listed.length > 150, `${listed.length} routes listed`);
  const missing = listed.filter((r) => !table.has(r) && !r.endsWith('/api/docs/'));
  assert.equal(missing, [], 'routes the router has but the access table never saw');
  for (const r of rows) assert.ok(hub.app.hasRoute({ method: r.method as 'GET', url: r.url }), `${r.method} ${r.url} is a real route`);
  assert.equal(hub.app.routeAccess.unguarded(), []);
});

test('every staff route refuses anonymous callers (401) and roles without its permission (403), and admits its holders', async () => {
  const rows = hub.app.routeAccess.rows.filter((r) => 'staff' in r.access && !('visitor' in r.access));
  assert.ok(rows.length >= 60, `${rows.length} staff routes`);
  let refusals = 0;
  for (const r of rows) {
    const needs = (r.access as { staff: Permission | 'signed-in' }).staff;
    const what = `${r.method} ${r.url} (${needs})`;
    const anonymous = await send(r);
    assert.is(anonymous.statusCode, 401, what);
    if (r.method !== 'HEAD') assert.is(codeOf(anonymous), 'LOGIN_REQUIRED', what);
    if (needs === 'signed-in') continue;
    for (const role of lacking(needs)) {
      const res = await send(r, asRole.get(role));
      assert.is(res.statusCode, 403, `${what} as ${role}`);
      if (r.method !== 'HEAD') assert.equal(JSON.parse(res.body).details, { permission: needs }, `${what} as ${role}`);
      refusals++;
    }
    // A holder gets past the guard: whatever the route then says (a 400 for the non-JSON body, a 404 for z9),
    // it is not a refusal of who they are. Logging out would end the session the next routes use.
    if (r.url === '/api/staff/logout') continue;
    const role = holders(needs).find((h) => h !== 'admin') ?? 'admin';
    const res = await send(r, asRole.get(role));
    assert.not.ok([401, 403].includes(res.statusCode) && ['LOGIN_REQUIRED', 'PERMISSION', 'CSRF_TOKEN'].includes(codeOf(res) ?? ''), `${what} as ${role}: ${res.statusCode} ${res.body}`);
    assert.is.not(res.statusCode, 500, `${what}: ${res.body}`);
  }
  console.log(`  ${rows.length} staff routes; ${refusals} wrong-permission requests refused`);
});

test('every visitor route refuses anonymous callers, wrong tokens and staff without the named permission', async () => {
  const rows = hub.app.routeAccess.rows.filter((r) => 'visitor' in r.access);
  assert.ok(rows.length >= 20, `${rows.length} visitor routes`);
  const seekerToken = hub.app.visitors.open('seeker', 'walker-seeker').token;
  const employerToken = hub.app.visitors.open('employer', 'walker-employer').token;
  for (const r of rows) {
    const access = r.access as { visitor: string | string[]; staff?: Permission };
    const kinds = [access.visitor].flat();
    const what = `${r.method} ${r.url} (visitor ${kinds.join('/')}${access.staff ? `, staff ${access.staff}` : ''})`;
    const anonymous = await send(r);
    assert.is(anonymous.statusCode, 401, what);
    // Routes staff may also use answer as the staff guard does (log in); visitors-only ones ask for a sign-in.
    if (r.method !== 'HEAD') assert.is(codeOf(anonymous), access.staff ? 'LOGIN_REQUIRED' : 'SIGN_IN_REQUIRED', what);
    assert.is((await send(r, { [VISITOR_TOKEN_HEADER]: 'not-a-token' })).statusCode, 401, `${what} with a made-up token`);
    if (!kinds.includes('seeker')) assert.is((await send(r, { [VISITOR_TOKEN_HEADER]: seekerToken })).statusCode, 401, `${what} with a seeker token`);
    if (!kinds.includes('employer')) assert.is((await send(r, { [VISITOR_TOKEN_HEADER]: employerToken })).statusCode, 401, `${what} with an employer token`);
    for (const role of RoleId.options) {
      const res = await send(r, asRole.get(role));
      if (!access.staff) assert.is(res.statusCode, 401, `${what} as ${role}: for visitors only`);
      else if (!ROLES[role].permissions.includes(access.staff)) {
        assert.is(res.statusCode, 403, `${what} as ${role}`);
        if (r.method !== 'HEAD') assert.is(codeOf(res), 'PERMISSION', `${what} as ${role}`);
      } else assert.not.ok([401, 403].includes(res.statusCode) && ['LOGIN_REQUIRED', 'PERMISSION', 'SIGN_IN_REQUIRED'].includes(codeOf(res) ?? ''), `${what} as ${role}: ${res.body}`);
    }
  }
});

test('the public routes, each with its reason', () => {
  const rows = hub.app.routeAccess.rows.filter((r) => 'public' in r.access && r.method !== 'HEAD');
  const byReason = new Map<string, string[]>();
  for (const r of rows) {
    const reason = (r.access as { public: string }).public;
    assert.ok(reason.length >= 20, `${r.method} ${r.url} gives a reason, not "${reason}"`);
    byReason.set(reason, [...(byReason.get(reason) ?? []), `${r.method} ${r.url}`]);
  }
  const own = rows.filter((r) => !r.url.startsWith('/api/docs/') && !/^\/(kiosk|signage|admin)\/./.test(r.url));
  console.log(`  ${rows.length} public routes (${rows.length - own.length} of them API-doc and app files):`);
  for (const [reason, routes] of byReason) {
    const shown = routes.filter((r) => own.some((o) => `${o.method} ${o.url}` === r));
    if (shown.length) console.log(`  - ${reason}\n      ${shown.join('\n      ')}`);
    else console.log(`  - ${reason}\n      (${routes.length} files)`);
  }
  // Nothing that changes staff-curated data or reads personal records is public. A device reading its own
  // configuration is the one /api/devices route without a session: its credential is checked inside (devices.test).
  const DEVICE_OWN = new Set(['GET /api/devices/self']);
  const suspicious = own.filter((r) => !DEVICE_OWN.has(`${r.method} ${r.url}`)).filter((r) => /\/api\/(staff\/users|audit|kpis|devices|notices$|seekers\/?$|employers\/?$|complaints\/?$)/.test(r.url) && r.method !== 'POST');
  assert.equal(suspicious.map((r) => `${r.method} ${r.url}`), []);
});

test('logging out is for a signed-in member only', async () => {
  const r = hub.app.routeAccess.rows.find((x) => x.url === '/api/staff/logout')!;
  assert.is((await send(r)).statusCode, 401);
  const headers = await hub.login('walker-auditor', 'walker-password-1');
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/staff/logout', headers })).statusCode, 200);
});

test.run();

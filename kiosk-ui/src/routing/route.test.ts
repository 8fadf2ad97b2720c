import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nothing } from 'lit';
import { ROUTES } from '../routes.ts';
import { FLOWS } from '../flows.ts';
import { resolve, type Route } from './route.ts';

const route = (id: string, path: string, extra: Partial<Route> = {}): Route => ({ id, path, render: () => nothing, ...extra });
const TABLE = [
  route('service', 'services/:serviceId'),
  route('ticket', 'services/:serviceId/ticket'),
  route('flow', 'services/:serviceId/:flow', {
    forward: (p) => (p.flow === 'search' ? { open: 'jobs', flow: { id: 'search', label: { zh: '找', en: 'Find' }, open: 'jobs' } } : null),
  }),
  route('jobs', 'jobs'),
];

test('the first route whose path matches wins, with its params and query', () => {
  const r = resolve(TABLE, 'services/3.1.1/ticket', new URLSearchParams('a=1'));
  assert.is(r?.route.id, 'ticket');
  assert.equal(r?.params, { serviceId: '3.1.1' });
  assert.is(r?.query.get('a'), '1');
});

test('a service flow opens the screen of the route it names, keeping the service and the flow', () => {
  const r = resolve(TABLE, 'services/3.3.2/search', new URLSearchParams('q=x'));
  assert.is(r?.route.id, 'jobs');
  assert.equal(r?.params, { serviceId: '3.3.2', flow: 'search' });
  assert.is(r?.flow?.id, 'search');
  assert.is(r?.query.get('q'), 'x');
  assert.is(resolve(TABLE, 'services/3.3.2/nothing', new URLSearchParams()), null);
  assert.is(resolve(TABLE, 'elsewhere', new URLSearchParams()), null);
});

test('every flow of every handbook function opens a route of the kiosk', () => {
  for (const [id, flows] of Object.entries(FLOWS)) {
    for (const f of flows) {
      const r = resolve(ROUTES, `services/${id}/${f.id}`, new URLSearchParams());
      assert.ok(r && r.route.id !== 'service-flow', `services/${id}/${f.id} opens a screen`);
      assert.is(r!.flow, f);
    }
  }
});

test('route paths are unique, and the routes of the table are reachable in order', () => {
  const paths = ROUTES.map((r) => r.path);
  assert.is(new Set(paths).size, paths.length);
  for (const r of ROUTES) {
    const concrete = r.path.replace(/:[a-zA-Z]+/g, 'x');
    const found = resolve(ROUTES.filter((x) => !x.forward), concrete, new URLSearchParams());
    if (!r.forward) assert.is(found?.route.id, r.id, `${r.path} is not shadowed by an earlier route`);
  }
});

test.run();

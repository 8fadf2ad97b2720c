import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { nothing } from 'lit';
import { FlowDefinition, summaryOf, type FlowSummary } from '@jobhall/hub-server/contract';
import { ROUTES } from '../routes.ts';
import { resolve, type Route } from './route.ts';

const flowsDir = new URL('../../../content/flows/', import.meta.url);
/** The flows of content/flows, as the hub lists them to the kiosk. */
const FLOWS = readdirSync(flowsDir).filter((f) => f.endsWith('.json'))
  .map((f) => summaryOf(FlowDefinition.parse(JSON.parse(readFileSync(new URL(f, flowsDir), 'utf8')))));

const route = (id: string, path: string, extra: Partial<Route> = {}): Route => ({ id, path, render: () => nothing, ...extra });
const L = { zh: '找', en: 'Find' };
const search: FlowSummary = { id: 'search', kind: 'screen', functions: ['3.3.2'], label: L, title: L, version: 1, serves: ['search'], screen: { open: 'jobs' } };
const form: FlowSummary = { ...search, id: 'apply', kind: 'form', serves: ['form'], screen: null };
const TABLE = [
  route('service', 'services/:serviceId'),
  route('ticket', 'services/:serviceId/ticket'),
  route('flow', 'services/:serviceId/:flow', {
    forward: (p, flows) => {
      const flow = flows.find((f) => f.id === p.flow);
      return flow ? { flow, open: flow.screen?.open } : null;
    },
  }),
  route('jobs', 'jobs'),
];

test('the first route whose path matches wins, with its params and query', () => {
  const r = resolve(TABLE, 'services/3.1.1/ticket', new URLSearchParams('a=1'));
  assert.is(r?.route.id, 'ticket');
  assert.equal(r?.params, { serviceId: '3.1.1' });
  assert.is(r?.query.get('a'), '1');
});

test('a screen flow opens the screen of the route it names, keeping the service and the flow', () => {
  const r = resolve(TABLE, 'services/3.3.2/search', new URLSearchParams('q=x'), [search, form]);
  assert.is(r?.route.id, 'jobs');
  assert.equal(r?.params, { serviceId: '3.3.2', flow: 'search' });
  assert.is(r?.flow?.id, 'search');
  assert.is(r?.query.get('q'), 'x');
  assert.is(resolve(TABLE, 'services/3.3.2/nothing', new URLSearchParams(), [search, form]), null);
  assert.is(resolve(TABLE, 'elsewhere', new URLSearchParams()), null);
});

test('a flow of another kind stays on the flow route, which draws it', () => {
  const r = resolve(TABLE, 'services/3.3.2/apply', new URLSearchParams(), [search, form]);
  assert.is(r?.route.id, 'flow');
  assert.is(r?.flow, form);
});

test('every screen flow of content/flows opens a route of the kiosk, for each function that offers it', () => {
  const screens = FLOWS.filter((f) => f.kind === 'screen');
  assert.ok(screens.length >= 19);
  for (const f of screens) {
    for (const id of f.functions) {
      const r = resolve(ROUTES, `services/${id}/${f.id}`, new URLSearchParams(), FLOWS);
      assert.ok(r && r.route.id !== 'service-flow', `services/${id}/${f.id} opens a screen`);
      assert.is(r!.flow, f);
    }
  }
  assert.is(resolve(ROUTES, 'services/3.3.2/find-job', new URLSearchParams(), FLOWS), null, 'a flow of another function is not offered');
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

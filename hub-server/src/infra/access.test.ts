import Fastify from 'fastify';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { UndeclaredAccess, declareContextAccess, installRouteAccess } from './access.ts';

test('a route that declares no access stops start-up, naming the route', async () => {
  const app = Fastify();
  installRouteAccess(app);
  app.get('/open', { config: { access: { public: 'a test route anyone may call' } } }, async () => 'ok');
  // Inside a plugin the refusal surfaces when the plugin loads, so buildApp rejects and the hub does not start.
  void app.register(async (scope) => {
    scope.get('/forgotten', async () => 'ok');
  });
  const err = await app.ready().then(() => null, (e: unknown) => e);
  assert.instance(err, UndeclaredAccess);
  assert.match(String(err), 'GET /forgotten');
  await app.close();
});

test('routes a third-party plugin registers take their context’s declaration; their own wins', async () => {
  const app = Fastify();
  installRouteAccess(app);
  await app.register(async (scope) => {
    declareContextAccess(scope, { public: 'files served by a plugin whose route options are not ours' });
    scope.get('/file.js', async () => 'x');
    scope.get('/own', { config: { access: { public: 'a route with its own reason' } } }, async () => 'x');
  });
  await app.ready();
  const reasons = Object.fromEntries(app.routeAccess.rows.filter((r) => r.method === 'GET').map((r) => [r.url, (r.access as { public: string }).public]));
  assert.equal(reasons, { '/file.js': 'files served by a plugin whose route options are not ours', '/own': 'a route with its own reason' });
  await app.close();
});

test('a staff route that no guard took in charge stops start-up', async () => {
  const app = Fastify();
  installRouteAccess(app);
  app.post('/api/secret', { config: { access: { staff: 'audit.read' } } }, async () => 'x');
  const err = await app.ready().then(() => null, (e: unknown) => e);
  assert.instance(err, UndeclaredAccess);
  assert.match(String(err), 'no guard stands in front of POST /api/secret');
  await app.close();
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FloorPlanView, RouteView, ServicePlaces } from '../../contract/index.ts';
import { startTestHub } from '../../testing/test-hub.ts';

test('the plan, a function\'s places and the walk there are public; a bad query names its field', async () => {
  const hub = await startTestHub();
  try {
    const plan = FloorPlanView.parse((await hub.app.inject({ url: '/api/floor-plan' })).json());
    const w3 = plan.floors[0]!.windows.find((w) => w.counter === 'counter-3')!;
    assert.is(w3.window, 3);
    assert.is(w3.name.zh, '3 号窗口');
    const places = ServicePlaces.parse((await hub.app.inject({ url: '/api/floor-plan/places/3.1.2' })).json());
    assert.equal(places, { serviceId: '3.1.2', counters: ['counter-3', 'counter-4'], areas: [], floors: ['f1'] });
    const upstairs = ServicePlaces.parse((await hub.app.inject({ url: '/api/floor-plan/places/4.1.3' })).json());
    assert.equal(upstairs.areas, ['f2-guidance-rooms']);
    assert.is((await hub.app.inject({ url: '/api/floor-plan/places/2.1.5' })).statusCode, 404);
    const route = RouteView.parse((await hub.app.inject({ url: '/api/floor-plan/route?from=kiosk-1&to=service:4.1.3&stepFree=1' })).json());
    assert.is(route.to.id, 'f2-guidance-rooms');
    assert.ok(route.stepFree);
    const bad = await hub.app.inject({ url: '/api/floor-plan/route?from=kiosk-1&to=window-3' });
    assert.is(bad.statusCode, 400);
    assert.match(bad.json().message, 'querystring.to');
  } finally {
    await hub.close();
  }
});

test.run();

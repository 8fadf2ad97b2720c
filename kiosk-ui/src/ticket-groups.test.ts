import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub } from '@jobhall/hub-server/testing';
import { HallView, ServiceView } from '@jobhall/hub-server/contract';
import { z } from 'zod';
import { ticketGroups, windowsLabel } from './ticket-groups.ts';

test('the ticket menu: by line, the busiest line and service first, without the queueing system itself', async () => {
  const hub = await startTestHub();
  try {
    const services = z.array(ServiceView).parse((await hub.app.inject({ method: 'GET', url: '/api/services' })).json());
    const hall = HallView.parse((await hub.app.inject({ method: 'GET', url: '/api/hall' })).json());
    const fresh = ticketGroups(services, hall, { days: 30, services: [] });
    assert.equal(fresh.map((g) => g.queue.prefix), hall.queues.map((q) => q.prefix).filter((p) => fresh.some((g) => g.queue.prefix === p)), 'no counts yet: the hall\'s order');
    const all = fresh.flatMap((g) => g.services.map((s) => s.id));
    assert.not.ok(all.includes('1.2.1'), '1.2.1 is the queueing system itself');
    assert.is(all.length, services.filter((s) => s.ticket).length - 1, 'every other window service is there once');
    for (const g of fresh) assert.ok(g.services.every((s) => s.ticket!.queueId === g.queue.id) && g.windows.length > 0);

    const used = ticketGroups(services, hall, { days: 30, services: [{ serviceId: '7.1.2', tickets: 9 }, { serviceId: '7.1.1', tickets: 2 }, { serviceId: '3.1.2', tickets: 5 }] });
    assert.equal(used.slice(0, 2).map((g) => g.queue.prefix), ['F', 'B'], 'the busiest line first');
    assert.equal(used[0]!.services.slice(0, 2).map((s) => s.id), ['7.1.2', '7.1.1'], 'the busiest service first within its line');
  } finally {
    await hub.close();
  }
});

test('windows read as each language writes them', () => {
  assert.is(windowsLabel([3, 4], 'zh'), '3、4 号窗口');
  assert.is(windowsLabel([3, 4], 'en'), 'Windows 3 and 4');
  assert.is(windowsLabel([5], 'en'), 'Window 5');
});

test.run();

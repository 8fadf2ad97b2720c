/**
 * A read-only data folder: the hub (its own process, as the hall runs it) refuses to start with one sentence
 * naming the folder, instead of SQLite's stack trace, and starts with everything it had once the disk is
 * writable again. A disk cannot be remounted read-only under open files, so the hub is stopped first, as a
 * hall's disk usually goes read-only across a reboot (a filesystem error on the way down).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Ticket } from '@jobhall/hub-server/contract';
import { HubProcess } from '../hub-process.ts';
import { SmallDisk } from './disk.ts';

test('a read-only data folder stops start-up with a clear sentence; remounted read-write, the hall is back with its tickets', async () => {
  const disk = SmallDisk.mount(32);
  const hub = await HubProcess.create({ dataDir: disk.dir });
  try {
    await hub.start();
    const res = await fetch(`${hub.baseUrl}/api/tickets`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: '5.1.7' }),
    });
    assert.is(res.status, 201);
    const ticket = Ticket.parse(await res.json());
    await hub.stop();

    disk.remount('ro');
    hub.launch();
    assert.is(await hub.exit(), 2);
    assert.match(hub.output, `JobHall cannot start: invalid configuration:\n  DATA_DIR: the data folder ${disk.dir} is on a read-only disk`);
    assert.not.match(hub.output, /SqliteError|at .*\.ts:\d+/, 'no stack trace');

    disk.remount('rw');
    await hub.start();
    const back = await fetch(`${hub.baseUrl}/api/tickets/${ticket.id}`);
    assert.is(back.status, 200);
    assert.is(Ticket.parse(await back.json()).number, ticket.number);
  } finally {
    await hub.kill();
    disk.unmount();
  }
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { soak } from './run.ts';

// The soak itself runs for minutes (npm run soak); this keeps the machinery honest: two hall hours in 15 s.
test('a short soak runs the whole simulated hall without an error and reports every hour', async () => {
  const r = await soak({ hours: 2, minutes: 0.25 });
  assert.is(r.rows.length, 2);
  assert.equal(r.errorSamples, []);
  assert.is(r.errors, 0);
  assert.ok(r.rows.every((row) => row.requests > 20 && row.heapMb > 0), r.table);
  assert.ok(r.tickets > 10 && r.rows.at(-1)!.printed > 0, `${r.tickets} tickets, slips ${r.rows.at(-1)!.printed}`);
  assert.match(r.table, /sim h\s+hall time\s+requests/);
});

test.run();

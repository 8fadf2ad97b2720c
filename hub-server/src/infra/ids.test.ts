import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { z } from 'zod';
import { uuidv7 } from './ids.ts';

test('ids are RFC 9562 version 7, accepted by the contract, and carry their millisecond', () => {
  const at = Date.parse('2026-11-26T10:00:00.123Z');
  const id = uuidv7(at);
  assert.ok(z.uuid().safeParse(id).success, id);
  assert.is(id[14], '7');
  assert.ok('89ab'.includes(id[19]!), id);
  assert.is(parseInt(id.replace(/-/g, '').slice(0, 12), 16), at);
});

test('ids sort in the order they were made, within a millisecond and when the clock steps back', () => {
  const ids: string[] = [];
  const at = Date.parse('2026-11-26T10:00:01Z');
  for (let i = 0; i < 5000; i++) ids.push(uuidv7(at)); // overflows the 12-bit counter: borrows later ms
  ids.push(uuidv7(at - 1000));
  ids.push(uuidv7(at + 60_000));
  assert.equal([...ids].sort(), ids);
  assert.is(new Set(ids).size, ids.length);
});

test.run();

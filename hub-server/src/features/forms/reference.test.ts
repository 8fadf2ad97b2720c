import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FormReference } from '../../contract/index.ts';
import { newCheckCode, newDraftCode, newReference } from './reference.ts';

test('references have no confusable characters and read back however they are typed', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const ref = newReference();
    assert.match(ref, /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    seen.add(ref);
  }
  assert.is(seen.size, 2000, 'no repeats in 2000 draws of 40 bits');
  assert.is(FormReference.parse(' 7k3m 9qxp '), '7K3M-9QXP');
  assert.is(FormReference.parse('7K3M-9QXP'), '7K3M-9QXP');
  assert.not.ok(FormReference.safeParse('7K3M-9QX0').success, 'a zero is never in a reference');
  assert.not.ok(FormReference.safeParse('IK3M-9QXP').success, 'nor an I');
});

test('every alphabet position can be drawn; check and draft codes are fixed-length digits', () => {
  assert.is(newReference(() => 0), '2222-2222');
  assert.is(newReference(() => 31), 'ZZZZ-ZZZZ');
  for (let i = 0; i < 200; i++) {
    assert.match(newCheckCode(), /^\d{6}$/);
    assert.match(newDraftCode(), /^\d{8}$/);
  }
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readBrackets, showValue } from './figure-text.ts';

test('a bracket table typed one band a line, "-" for a band without end', () => {
  assert.equal(readBrackets('1 5 12\n5, 10, 18\n\n10 - 24'), [{ from: 1, to: 5, value: 12 }, { from: 5, to: 10, value: 18 }, { from: 10, to: null, value: 24 }]);
  assert.match(readBrackets('1 5') as string, 'line 1');
  assert.match(readBrackets('1 5 12\nx 10 18') as string, 'line 2');
  assert.match(readBrackets('  ') as string, 'at least one band');
});

test('values read back as staff typed them', () => {
  assert.is(showValue(2740), '2740');
  assert.is(showValue([{ from: 1, to: 5, value: 12 }, { from: 5, to: null, value: 18 }]), '1–5: 12；5–∞: 18');
  assert.match(showValue(null), 'ended');
});

test.run();

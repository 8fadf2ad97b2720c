import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffLines } from './diff.ts';

test('a changed line shows as removed and added, the rest as it was', () => {
  assert.equal(diffLines('a\nb\nc', 'a\nB\nc'), [{ op: 'same', text: 'a' }, { op: 'del', text: 'b' }, { op: 'add', text: 'B' }, { op: 'same', text: 'c' }]);
});

test('a new item is all added; a removal all removed', () => {
  assert.equal(diffLines('', 'x\ny').map((l) => l.op), ['add', 'add']);
  assert.equal(diffLines('x', '').map((l) => l.op), ['del']);
});

test.run();

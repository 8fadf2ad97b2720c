import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { candidates, syllableOf } from './pinyin.ts';

test('a syllable gives its characters, common ones first', () => {
  assert.ok(candidates('zhang').includes('张'));
  assert.ok(candidates('bao').slice(0, 10).includes('保'));
  assert.ok(candidates('an').includes('安'));
  assert.equal(candidates('xyz'), []);
});

test('the longest typed prefix that is a syllable is what is offered', () => {
  assert.equal(syllableOf('zhangs'), { syllable: 'zhang', rest: 's' });
  assert.equal(syllableOf('pu'), { syllable: 'pu', rest: '' });
  assert.equal(syllableOf('q'), { syllable: '', rest: 'q' });
});

test.run();

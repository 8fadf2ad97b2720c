import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { utterance } from './utterance.ts';

test('pieces are joined with a pause in the visitor\'s language, unless one already ends with its own', () => {
  assert.is(utterance('zh', ['找工作', '请选择条件']), '找工作。请选择条件');
  assert.is(utterance('zh', ['您好，', '请选择']), '您好， 请选择');
  assert.is(utterance('en', ['Find a job', 'Choose what matters  to you']), 'Find a job. Choose what matters to you');
});

test('a piece said twice is said once, and empty pieces are dropped', () => {
  assert.is(utterance('en', ['Home', '  ', 'Home', 'Welcome']), 'Home. Welcome');
  assert.is(utterance('zh', ['', ' ']), '');
});

test('the clip stops at the last whole piece that fits; a first piece too long is cut', () => {
  assert.is(utterance('en', ['abc', 'defgh', 'ij'], 8), 'abc');
  assert.is(utterance('zh', ['一二三四五六七八九十'], 4), '一二三四');
});

test.run();

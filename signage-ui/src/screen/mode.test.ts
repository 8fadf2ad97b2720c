import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { modeOf } from './mode.ts';

test('a screen needs its id and its key; without a key it is a plain viewer', () => {
  assert.equal(modeOf('?screen=lobby-1&key=abc'), { kind: 'screen', id: 'lobby-1', key: 'abc' });
  assert.equal(modeOf('?screen=lobby-1'), { kind: 'viewer', zone: null, speed: 1 });
  assert.equal(modeOf(''), { kind: 'viewer', zone: null, speed: 1 });
  assert.equal(modeOf('?zone=floor-2'), { kind: 'viewer', zone: 'floor-2', speed: 1 });
  assert.equal(modeOf('?zone=../x'), { kind: 'viewer', zone: null, speed: 1 });
  assert.equal(modeOf('?screen=lobby-1&key=abc&speed=100'), { kind: 'screen', id: 'lobby-1', key: 'abc' }, 'a screen plays in real time');
  assert.equal(modeOf('?zone=lobby&speed=100'), { kind: 'viewer', zone: 'lobby', speed: 100 });
  assert.equal(modeOf('?speed=9999'), { kind: 'viewer', zone: null, speed: 1 });
});

test('a preview names a screen or a zone, and may name a time', () => {
  assert.equal(modeOf('?preview=screen:lobby-1&at=2026-11-25T10:00:00%2B08:00'), { kind: 'preview', screen: 'lobby-1', zone: null, at: Date.parse('2026-11-25T02:00:00Z'), speed: 1 });
  assert.equal(modeOf('?preview=zone:lobby&speed=60'), { kind: 'preview', screen: null, zone: 'lobby', at: null, speed: 60 });
});

test.run();

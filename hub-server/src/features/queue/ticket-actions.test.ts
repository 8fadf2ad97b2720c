import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { counterActions } from './ticket-actions.ts';
import { transition } from './ticket-machine.ts';

test('a called visitor can be called again, started, missed, parked, transferred or finished', () => {
  assert.equal(counterActions('called', true), ['recall', 'start', 'no-show', 'park', 'transfer', 'finish']);
});

test('a visit in progress can only be parked, transferred or finished', () => {
  assert.equal(counterActions('serving', true), ['park', 'transfer', 'finish']);
});

test('a waiting ticket can be called, but not while someone is at the window', () => {
  assert.equal(counterActions('waiting', false), ['call']);
  assert.equal(counterActions('waiting', true), []);
});

test('a parked ticket can be called back when the window is free, and put back in line at any time', () => {
  assert.equal(counterActions('parked', false), ['call', 'resume']);
  assert.equal(counterActions('parked', true), ['resume']);
});

test('a finished, missed or cancelled ticket offers nothing', () => {
  for (const s of ['done', 'no-show', 'cancelled'] as const) assert.equal(counterActions(s, false), [], s);
});

test('every action offered is a step the state machine takes', () => {
  for (const s of ['waiting', 'called', 'serving', 'parked', 'done', 'no-show', 'cancelled'] as const) {
    for (const a of counterActions(s, false)) assert.ok(transition(s, a).ok, `${s} → ${a}`);
  }
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TicketStatus } from '../../contract/index.ts';
import { allowedActions, TERMINAL, transition, type TicketAction } from './ticket-machine.ts';

const ACTIONS: TicketAction[] = ['call', 'recall', 'start', 'finish', 'no-show', 'park', 'resume', 'transfer', 'cancel'];

/** Every (state, action) pair, written out: the table in ticket-machine.ts must say exactly this. */
const EXPECTED: Record<string, string> = {
  'waiting call': 'called', 'waiting transfer': 'waiting', 'waiting cancel': 'cancelled',
  'called recall': 'called', 'called start': 'serving', 'called finish': 'done', 'called no-show': 'no-show',
  'called park': 'parked', 'called transfer': 'waiting',
  'serving finish': 'done', 'serving park': 'parked', 'serving transfer': 'waiting',
  'parked call': 'called', 'parked resume': 'waiting', 'parked transfer': 'waiting', 'parked cancel': 'cancelled',
};

for (const from of TicketStatus.options) {
  for (const action of ACTIONS) {
    const want = EXPECTED[`${from} ${action}`];
    test(`${from} + ${action} → ${want ?? 'refused'}`, () => {
      const t = transition(from, action);
      if (want) assert.equal(t, { ok: true, to: want });
      else {
        assert.is(t.ok, false);
        if (!t.ok) assert.match(t.reason, from);
      }
    });
  }
}

test('terminal states allow nothing', () => {
  for (const s of TERMINAL) assert.equal(allowedActions(s), []);
});

test.run();

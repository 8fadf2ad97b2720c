import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CounterActionResult, CounterState, Ticket } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => {
  await hub.close();
});

const take = async (serviceId: string) => Ticket.parse((await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId } })).json());
const act = async (action: string) => {
  const res = await hub.app.inject({ method: 'POST', url: `/api/counters/counter-3/${action}`, headers: staff });
  assert.is(res.statusCode, 200, `${action}: ${res.body}`);
  return CounterActionResult.parse(res.json()).state;
};

test('every ticket a counter sees carries the actions its state allows there, and they change with it', async () => {
  await act('sign-in');
  const first = await take('3.1.2');
  const second = await take('3.1.2');
  const view = CounterState.parse((await hub.app.inject({ method: 'GET', url: '/api/counters/counter-3', headers: staff })).json());
  assert.equal(view.waiting.map((t) => t.actions), [['call'], ['call']]);

  const called = await act('call-next');
  assert.is(called.current?.id, first.id);
  assert.equal(called.current?.actions, ['recall', 'start', 'no-show', 'park', 'transfer', 'finish']);
  assert.equal(called.waiting.find((t) => t.id === second.id)?.actions, [], 'nobody else is called while a visitor is at the window');

  const serving = await act('start');
  assert.equal(serving.current?.actions, ['park', 'transfer', 'finish']);

  const parked = await act('park');
  assert.is(parked.current, null);
  assert.equal(parked.parked.find((t) => t.id === first.id)?.actions, ['call', 'resume']);
  assert.equal(parked.waiting.find((t) => t.id === second.id)?.actions, ['call']);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VISITOR_TOKEN_HEADER } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { VISITOR_IDLE_MS } from './visitor-sessions.ts';

let hub: TestHub;
let clock = new Date('2026-03-02T09:00:00+08:00');
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

test.before(async () => {
  hub = await startTestHub({ now: () => clock });
});
test.after(async () => hub.close());

/** A seeker registered and signed in at a kiosk: the token the kiosk holds. */
async function signedIn(id: string): Promise<string> {
  const res = await hub.app.inject({
    method: 'POST', url: '/api/seekers',
    payload: { idNumber: id, name: '王芳', phone: '13912345678', district: 'jiading', wantedOccupations: ['4-09-07-01'], consentToRecommend: false },
  });
  assert.is(res.statusCode, 201, res.body);
  return res.json().token as string;
}
const me = (token: string) => hub.app.inject({ method: 'GET', url: '/api/seekers/me', headers: { [VISITOR_TOKEN_HEADER]: token } });

test('a token lives while it is used, and dies after lying unused for the idle time even without a sign-out', async () => {
  const token = await signedIn('11010519491231002X');
  later(VISITOR_IDLE_MS - 60_000);
  assert.is((await me(token)).statusCode, 200, 'used just inside the idle time');
  later(VISITOR_IDLE_MS - 60_000);
  assert.is((await me(token)).statusCode, 200, 'each use starts the idle time again');
  later(VISITOR_IDLE_MS + 1000);
  const dead = await me(token);
  assert.is(dead.statusCode, 401);
  assert.ok(dead.json().text?.zh, 'the refusal carries a sentence for the kiosk');
  later(-VISITOR_IDLE_MS); // even were the clock to go back, the token is gone
  assert.is((await me(token)).statusCode, 401);
  const left = hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM visitor_sessions').get() as { n: number };
  assert.is(left.n, 0, 'the dead token is deleted, not just refused');
});

test('a sign-out ends the token at once', async () => {
  const token = await signedIn('110105198001010024');
  assert.is((await me(token)).statusCode, 200);
  const out = await hub.app.inject({ method: 'POST', url: '/api/seekers/sign-out', headers: { [VISITOR_TOKEN_HEADER]: token } });
  assert.is(out.statusCode, 204);
  assert.is((await me(token)).statusCode, 401);
});

test.run();

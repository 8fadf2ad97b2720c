import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CvShares } from './shares.ts';

const doc = { title: '个人简历', name: '张*', phone: null, sections: [] };

test('a shared CV opens once, then never again', () => {
  const shares = new CvShares(() => 0);
  const { token } = shares.put(doc, 'zh', 60_000);
  assert.match(token, /^[A-Za-z0-9_-]{24}$/);
  assert.is(shares.waiting(token), 'zh');
  assert.equal(shares.take(token), { doc, lang: 'zh' });
  assert.is(shares.take(token), null);
  assert.is(shares.size, 0);
  shares.close();
});

test('an expired CV does not open and is forgotten', () => {
  let now = 0;
  const shares = new CvShares(() => now);
  const { token } = shares.put(doc, 'zh', 60_000);
  now = 60_000;
  assert.is(shares.waiting(token), null);
  assert.is(shares.take(token), null);
  assert.is(shares.size, 0);
  shares.close();
});

test('a full store refuses more, with a sentence for the kiosk', () => {
  const shares = new CvShares(() => 0, 2);
  shares.put(doc, 'zh', 1000);
  shares.put(doc, 'zh', 1000);
  assert.throws(() => shares.put(doc, 'zh', 1000), (e: Error & { statusCode?: number }) => e.statusCode === 429);
  shares.close();
  assert.is(shares.size, 0);
});

test.run();

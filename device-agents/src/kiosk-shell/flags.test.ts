import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chromiumArgs } from './flags.ts';

const base = { profileDir: '/tmp/p1', headless: false, root: false, smallShm: false, window: { width: 1080, height: 1920 } };

test('a kiosk gets the kiosk flags and a profile of its own, and keeps its sandbox', () => {
  const args = chromiumArgs(base);
  for (const flag of [
    '--kiosk', '--noerrdialogs', '--disable-session-crashed-bubble', '--disable-pinch', '--overscroll-history-navigation=0',
    '--autoplay-policy=no-user-gesture-required', '--check-for-update-interval=31536000', '--disable-translate', '--user-data-dir=/tmp/p1',
    '--window-size=1080,1920',
  ]) assert.ok(args.includes(flag), flag);
  assert.ok(args.some((a) => a.startsWith('--disable-features=') && a.includes('Translate')));
  assert.not.ok(args.includes('--no-sandbox'), 'the sandbox stays for a kiosk user');
  assert.not.ok(args.some((a) => a.startsWith('--headless')));
});

test('--no-sandbox only as root, --disable-dev-shm-usage only with a small /dev/shm, headless only in tests', () => {
  assert.ok(chromiumArgs({ ...base, root: true }).includes('--no-sandbox'));
  assert.ok(chromiumArgs({ ...base, smallShm: true }).includes('--disable-dev-shm-usage'));
  const headless = chromiumArgs({ ...base, headless: true });
  assert.ok(headless.includes('--headless'));
  assert.ok(headless.includes('--screen-info={1080x1920}'), 'a headless screen the size of the kiosk\'s, which --kiosk fills');
});

test.run();

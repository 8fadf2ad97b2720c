import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mayLoad } from './origin-guard.ts';

const hub = ['http://10.0.0.2:8080'];

test('the hub\'s own pages and resources load', () => {
  assert.ok(mayLoad('http://10.0.0.2:8080/kiosk/?kiosk=kiosk-1', hub));
  assert.ok(mayLoad('http://10.0.0.2:8080/api/health', hub));
  assert.ok(mayLoad('data:image/png;base64,AAAA', hub));
  assert.ok(mayLoad('blob:http://10.0.0.2:8080/1234', hub));
  assert.ok(mayLoad('about:blank', hub));
});

test('anything off the hub\'s origin is refused: another site, port, scheme, or a look-alike host', () => {
  assert.not.ok(mayLoad('https://example.com/', hub));
  assert.not.ok(mayLoad('http://10.0.0.2:8081/kiosk/', hub));
  assert.not.ok(mayLoad('https://10.0.0.2:8080/kiosk/', hub));
  assert.not.ok(mayLoad('http://10.0.0.2:8080.evil.example/', hub));
  assert.not.ok(mayLoad('file:///etc/passwd', hub));
  assert.not.ok(mayLoad('chrome://settings', hub));
  assert.not.ok(mayLoad('not a url', hub));
});

test.run();

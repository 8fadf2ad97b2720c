import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { kioskHref, matchPath, routePath, routeQuery, target } from './paths.ts';

test('a pattern matches its own segments and names the others', () => {
  assert.equal(matchPath('services/:serviceId', 'services/3.1.1'), { serviceId: '3.1.1' });
  assert.equal(matchPath('services/:serviceId/:flow', 'services/3.3.2/overseas'), { serviceId: '3.3.2', flow: 'overseas' });
  assert.equal(matchPath('', ''), {});
  assert.is(matchPath('services/:serviceId', 'services/3.1.1/book'), null);
  assert.is(matchPath('jobs/:jobId', 'fairs/12'), null);
});

test('the route path of an address drops /kiosk/, slashes at either end, and decodes each segment', () => {
  assert.is(routePath('/kiosk/'), '');
  assert.is(routePath('/kiosk'), '');
  assert.is(routePath('/kiosk/services/3.1.1/'), 'services/3.1.1');
  assert.is(routePath('/kiosk/jobs/%E4%BF%9D'), 'jobs/保');
});

test('an address keeps the machine parameters of the page, and lang=en only while the visitor reads English', () => {
  const now = new URLSearchParams('kiosk=kiosk-1&key=abc&idle=2&warn=2&lang=en&q=old');
  assert.is(kioskHref('services/3.1.1', now, 'zh'), '/kiosk/services/3.1.1?kiosk=kiosk-1&key=abc&idle=2&warn=2');
  assert.is(kioskHref('jobs?lodging=1', now, 'en'), '/kiosk/jobs?lodging=1&kiosk=kiosk-1&key=abc&idle=2&warn=2&lang=en');
  assert.is(kioskHref('', new URLSearchParams(), 'zh'), '/kiosk/');
});

test('a route sees only its own query', () => {
  assert.is(routeQuery('?kiosk=k&key=s&idle=1&warn=1&lang=en&q=%E4%BF%9D&lodging=1').toString(), 'q=%E4%BF%9D&lodging=1');
  assert.is(target('jobs', { simple: '1' }), 'jobs?simple=1');
  assert.is(target('jobs', new URLSearchParams()), 'jobs');
});

test.run();

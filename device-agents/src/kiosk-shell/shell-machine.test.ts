import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nextShell } from './shell-machine.ts';

test('no browser until the hub answers; then the device\'s page', () => {
  assert.equal(nextShell('waiting-hub', 'hub-down'), { state: 'waiting-hub', action: 'none' });
  assert.equal(nextShell('waiting-hub', 'hub-up'), { state: 'launching', action: 'launch' });
  assert.equal(nextShell('launching', 'launched'), { state: 'showing', action: 'none' });
});

test('the hub going away pauses the page; its return shows the page again', () => {
  assert.equal(nextShell('showing', 'hub-down'), { state: 'paused', action: 'show-paused' });
  assert.equal(nextShell('paused', 'hub-down'), { state: 'paused', action: 'none' });
  assert.equal(nextShell('paused', 'hub-up'), { state: 'showing', action: 'show-page' });
  assert.equal(nextShell('showing', 'hub-up'), { state: 'showing', action: 'none' });
});

test('a dead or hung browser is started again; a crashed renderer is reloaded', () => {
  assert.equal(nextShell('showing', 'browser-exited'), { state: 'restarting', action: 'relaunch' });
  assert.equal(nextShell('paused', 'hung'), { state: 'restarting', action: 'relaunch' });
  assert.equal(nextShell('restarting', 'browser-exited'), { state: 'restarting', action: 'relaunch' }, 'a browser that dies starting is started again');
  assert.equal(nextShell('restarting', 'launched'), { state: 'showing', action: 'none' });
  assert.equal(nextShell('showing', 'renderer-crashed'), { state: 'showing', action: 'reload' });
  assert.equal(nextShell('paused', 'renderer-crashed'), { state: 'paused', action: 'show-paused' });
});

test('stopping closes the browser from any state, and nothing moves a stopped shell', () => {
  for (const s of ['waiting-hub', 'launching', 'showing', 'paused', 'restarting'] as const) assert.equal(nextShell(s, 'stop'), { state: 'stopped', action: 'close' });
  assert.equal(nextShell('stopped', 'hub-up'), { state: 'stopped', action: 'none' });
});

test.run();

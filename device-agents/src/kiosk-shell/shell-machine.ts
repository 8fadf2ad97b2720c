/**
 * The kiosk shell's life, as a pure transition table. The shell waits for the hub before it starts the
 * browser; shows the device's page; swaps to a "service paused" page while the hub cannot be reached and back
 * when it can; and restarts a browser that died or hung, reloads a page whose renderer crashed.
 */
export type ShellState =
  | 'waiting-hub' // the browser is not started: nothing to show until the hub answers
  | 'launching'
  | 'showing' // the device's page
  | 'paused' // the hub is away: the paused page, until it answers again
  | 'restarting' // the browser died or hung: a new one is on its way
  | 'stopped';

export type ShellEvent =
  | 'hub-up'
  | 'hub-down'
  | 'launched' // a browser is up with its page open
  | 'browser-exited' // the browser process is gone (killed, crashed)
  | 'renderer-crashed' // the page's renderer died; the browser lives
  | 'hung' // the page stopped answering the watchdog
  | 'stop';

/** What the shell does on entering the new state. */
export type ShellAction = 'launch' | 'relaunch' | 'reload' | 'show-page' | 'show-paused' | 'close' | 'none';

export function nextShell(state: ShellState, event: ShellEvent): { state: ShellState; action: ShellAction } {
  if (state === 'stopped') return { state, action: 'none' };
  if (event === 'stop') return { state: 'stopped', action: 'close' };
  switch (state) {
    case 'waiting-hub':
      return event === 'hub-up' ? { state: 'launching', action: 'launch' } : { state, action: 'none' };
    case 'launching':
    case 'restarting':
      if (event === 'launched') return { state: 'showing', action: 'none' };
      if (event === 'browser-exited' || event === 'hung') return { state: 'restarting', action: 'relaunch' };
      return { state, action: 'none' };
    case 'showing':
    case 'paused':
      if (event === 'browser-exited' || event === 'hung') return { state: 'restarting', action: 'relaunch' };
      if (event === 'renderer-crashed') return { state, action: state === 'paused' ? 'show-paused' : 'reload' };
      if (event === 'hub-down' && state === 'showing') return { state: 'paused', action: 'show-paused' };
      if (event === 'hub-up' && state === 'paused') return { state: 'showing', action: 'show-page' };
      return { state, action: 'none' };
  }
}

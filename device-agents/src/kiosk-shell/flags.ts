export interface FlagOptions {
  /** A fresh, empty profile folder for this start. */
  profileDir: string;
  /** Tests only: Chromium without a screen. A kiosk machine runs it on its display. */
  headless: boolean;
  /** The shell runs as root (tests, containers): Chromium refuses to start as root without --no-sandbox. */
  root: boolean;
  /** /dev/shm smaller than Chromium wants (containers give 64 MB): it then writes shared memory to /tmp. */
  smallShm: boolean;
  /** The screen, e.g. 1080×1920 for a portrait kiosk. */
  window: { width: number; height: number };
}

/**
 * Chromium's command line for a kiosk, the flags mature kiosk shells (FullPageOS, balena's browser block,
 * TheQ's smartboard) use, each for a reason a visitor would otherwise meet:
 */
export function chromiumArgs(o: FlagOptions): string[] {
  const args = [
    '--kiosk', // full screen, no address bar, no way out to the desktop
    '--noerrdialogs', // no error dialogs over the page
    '--disable-session-crashed-bubble', // no "restore pages?" after a crash (the shell restarts it)
    '--disable-infobars', // no bars across the top
    '--disable-pinch', // no pinch zoom: a pinched kiosk stays zoomed for the next person
    '--overscroll-history-navigation=0', // a swipe sideways does not go back a page
    '--autoplay-policy=no-user-gesture-required', // call chimes and announcements play without a tap first
    '--check-for-update-interval=31536000', // no update checks or nags (updates come with the machine's packages)
    '--disable-component-update',
    '--disable-features=Translate,TranslateUI,MediaRouter,OptimizationHints', // no translate bar over Chinese pages
    '--disable-translate',
    '--no-first-run', // no welcome page
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking', // nothing phones home; the hall's network may be closed
    '--password-store=basic', // no keyring prompt at start
    '--touch-events=enabled',
    '--disable-print-preview', // tickets print through the printer agent, never the browser
    `--window-size=${o.window.width},${o.window.height}`,
    '--window-position=0,0',
    `--user-data-dir=${o.profileDir}`, // a fresh profile per start: nothing a visitor typed survives a restart
  ];
  // Only where the machine needs them: the sandbox stays on for a kiosk user, as it should.
  if (o.root) args.push('--no-sandbox');
  if (o.smallShm) args.push('--disable-dev-shm-usage');
  // Headless has no screen of its own but an 800×600 one, which --kiosk would fill: give it the kiosk's.
  if (o.headless) args.push('--headless', '--disable-gpu', '--hide-scrollbars', '--mute-audio', `--screen-info={${o.window.width}x${o.window.height}}`);
  return args;
}

/** Puppeteer's own defaults that a kiosk must not have: the "controlled by automated software" bar. */
export const DROPPED_DEFAULT_ARGS = ['--enable-automation'];

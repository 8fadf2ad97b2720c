/**
 * Whether the kiosk's browser may load a URL: the hub's origin and the few origins named (an external
 * broker's WebSocket), the page's own data: and blob: URLs, and about:blank (the paused page). Anything else
 * — a link in a notice, a typed address, a redirect — is refused, so a visitor can never leave the hall's
 * pages for the open web on a public machine.
 */
export function mayLoad(url: string, allowedOrigins: readonly string[]): boolean {
  if (url === 'about:blank' || url.startsWith('data:') || url.startsWith('blob:')) return true;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  return allowedOrigins.includes(origin);
}

/** Refuses the page's context menu (a long press on a touch screen opens it): "open in new tab", "inspect". */
export const NO_CONTEXT_MENU = `document.addEventListener('contextmenu', (e) => e.preventDefault(), true);`;

/**
 * What this page is, from its address:
 *  - `?screen=<id>&key=<key>`: a registered screen, with its own broker account; it acknowledges what it is
 *    sent, reports its health and its plays.
 *  - `?zone=<id>` or nothing: a zone's plain viewer (the hall's first zone, the lobby): it plays the zone's
 *    revision and shows its alerts, and tells nobody anything.
 *  - `?preview=screen:<id>|zone:<id>` (a staff session): the drafts as a screen would play them, at `&at=`.
 * A plain page or a preview may fast-forward its schedule with `&speed=N` (up to 1000×) to see a day in
 * minutes; a registered screen always plays in real time.
 */
export type ScreenMode =
  | { kind: 'screen'; id: string; key: string }
  | { kind: 'viewer'; zone: string | null; speed: number }
  | { kind: 'preview'; screen: string | null; zone: string | null; at: number | null; speed: number };

const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;

function speedOf(q: URLSearchParams): number {
  const n = Number(q.get('speed') ?? 1);
  return Number.isFinite(n) && n >= 1 && n <= 1000 ? n : 1;
}

export function modeOf(search: string): ScreenMode {
  const q = new URLSearchParams(search);
  const preview = q.get('preview');
  if (preview) {
    const [kind, id] = preview.split(':');
    const at = Date.parse(q.get('at') ?? '');
    return {
      kind: 'preview', screen: kind === 'screen' && id && SLUG.test(id) ? id : null, zone: kind === 'zone' && id && SLUG.test(id) ? id : null,
      at: Number.isFinite(at) ? at : null, speed: speedOf(q),
    };
  }
  const screen = q.get('screen');
  const key = q.get('key');
  if (screen && key && SLUG.test(screen)) return { kind: 'screen', id: screen, key };
  const zone = q.get('zone');
  return { kind: 'viewer', zone: zone && SLUG.test(zone) ? zone : null, speed: speedOf(q) };
}

import type { Audience, Layout, RegionKind, ScheduleEntry, ScheduleTime, ScheduleWindow, SignageCalendar } from './signage-content.ts';

/**
 * Schedule semantics, shared by the screens (which evaluate it themselves, so they keep switching while the
 * hub is away) and the hub (which shows conflicts and gaps before a publish). Pure: every function takes the
 * instant it is asked about. Times are read on the hall's fixed time zone, whatever the screen's own zone.
 */

export interface ScheduleInput {
  timezone: string;
  schedule: readonly ScheduleEntry[];
  calendar: SignageCalendar;
  audience: Audience;
  defaultLayoutId: string;
  layouts: readonly Layout[];
}

/** A moment on the hall's clock: its day, ISO weekday (1 = Monday) and seconds since local midnight. */
export interface HallTime {
  day: string;
  weekday: number;
  sec: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(tz: string): Intl.DateTimeFormat {
  let f = formats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    formats.set(tz, f);
  }
  return f;
}

/** Local wall-clock fields of an instant in a zone, as if they were UTC (ms). */
function wallClock(t: number, tz: string): number {
  const p: Record<string, string> = {};
  for (const part of formatFor(tz).formatToParts(new Date(t))) p[part.type] = part.value;
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

export function hallTime(t: number, tz: string): HallTime {
  const wall = wallClock(t, tz);
  const d = new Date(wall);
  const day = d.toISOString().slice(0, 10);
  return { day, weekday: isoWeekday(day), sec: Math.floor((wall % 86_400_000) / 1000) };
}

export function isoWeekday(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export function clockSeconds(clock: string): number {
  const [h, m, s] = clock.split(':').map(Number);
  return h! * 3600 + m! * 60 + (s ?? 0);
}

/**
 * The instant a hall-clock time happens. Two passes settle the zone's offset; across a DST change a wall time
 * that does not exist lands just after the gap, one that happens twice takes its first occurrence.
 */
export function instantOf(day: string, sec: number, tz: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + sec * 1000;
  let t = wall;
  for (let i = 0; i < 2; i++) t = wall - (wallClock(t, tz) - t);
  return t;
}

/** [start, end) seconds of a time rule, or null for all day; start ≥ end runs overnight. */
function hoursOf(time: ScheduleTime, calendar: SignageCalendar): [number, number] | null | 'unknown' {
  if (time.kind === 'all-day') return null;
  if (time.kind === 'hours') return [clockSeconds(time.start), clockSeconds(time.end)];
  const dp = calendar.dayparts.find((d) => d.id === time.daypart);
  return dp ? [clockSeconds(dp.start), clockSeconds(dp.end)] : 'unknown';
}

/** The day a window instance covering `at` started on, or null when `at` is outside every instance's hours. */
function instanceDay(time: ScheduleTime, calendar: SignageCalendar, at: HallTime): string | null {
  const hours = hoursOf(time, calendar);
  if (hours === 'unknown') return null;
  if (hours === null) return at.day;
  const [s, e] = hours;
  if (s < e) return at.sec >= s && at.sec < e ? at.day : null;
  // Overnight (or a full 24 h when start = end): it belongs to the day it started on.
  if (at.sec >= s) return at.day;
  if (at.sec < e) return addDays(at.day, -1);
  return null;
}

export function dayQualifies(w: ScheduleWindow, day: string, holidays: ReadonlySet<string>): boolean {
  if (w.from && day < w.from) return false;
  if (w.to && day > w.to) return false;
  if (!w.weekdays.includes(isoWeekday(day))) return false;
  if (w.except.includes(day)) return false;
  const holiday = holidays.has(day);
  if (w.holidays === 'skip' && holiday) return false;
  if (w.holidays === 'only' && !holiday) return false;
  return true;
}

export function targets(entry: ScheduleEntry, a: Audience): boolean {
  const { zones, groups, screens } = entry.target;
  if (!zones.length && !groups.length && !screens.length) return true;
  return zones.includes(a.zoneId) || groups.some((g) => a.groupIds.includes(g)) || (a.screenId !== null && screens.includes(a.screenId));
}

const holidaySets = new WeakMap<SignageCalendar, Set<string>>();
function holidaysOf(calendar: SignageCalendar): Set<string> {
  let set = holidaySets.get(calendar);
  if (!set) holidaySets.set(calendar, (set = new Set(calendar.holidays.map((h) => h.day))));
  return set;
}

export function isActive(entry: ScheduleEntry, calendar: SignageCalendar, at: HallTime): boolean {
  const day = instanceDay(entry.window.time, calendar, at);
  return day !== null && dayQualifies(entry.window, day, holidaysOf(calendar));
}

/** The entries for this audience that play at `t`, highest priority first (then in schedule order). */
export function activeEntries(input: ScheduleInput, t: number): ScheduleEntry[] {
  const at = hallTime(t, input.timezone);
  return input.schedule
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => targets(e, input.audience) && isActive(e, input.calendar, at))
    .sort((a, b) => b.e.priority - a.e.priority || a.i - b.i)
    .map(({ e }) => e);
}

/** A playlist a region plays, with its share of the region's time and the entry that put it there. */
export interface RegionSource {
  playlistId: string;
  share: number;
  entryId: string | null;
}

export interface ScreenProgramme {
  layoutId: string;
  /** Per region of the layout, what it plays; an empty list is a gap (the screen shows the hall's idle card). */
  regions: Partial<Record<RegionKind, RegionSource[]>>;
}

/** What plays at `t`: the layout, and for each of its regions the top-priority playlists that share it. */
export function programmeAt(input: ScheduleInput, t: number): ScreenProgramme {
  const active = activeEntries(input, t);
  const withLayout = active.find((e) => e.layoutId && input.layouts.some((l) => l.id === e.layoutId));
  const layoutId = withLayout?.layoutId ?? input.defaultLayoutId;
  const layout = input.layouts.find((l) => l.id === layoutId);
  const regions: ScreenProgramme['regions'] = {};
  for (const region of layout?.regions ?? []) {
    if (region.kind === 'clock' || region.kind === 'calls') continue;
    const assigned = active.filter((e) => e.regions.some((r) => r.region === region.kind));
    const top = assigned[0]?.priority;
    const sources: RegionSource[] = assigned
      .filter((e) => e.priority === top)
      .map((e) => ({ playlistId: e.regions.find((r) => r.region === region.kind)!.playlistId, share: e.share, entryId: e.id }));
    regions[region.kind] = sources.length ? sources : region.playlistId ? [{ playlistId: region.playlistId, share: 1, entryId: null }] : [];
  }
  return { layoutId, regions };
}

export function sameProgramme(a: ScreenProgramme, b: ScreenProgramme): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every instant in (from, to] at which some entry's window may open or close: each window start and end, and
 * each midnight (days, weekdays, holidays and a slide's last day change there). Sorted, without repeats.
 */
export function candidateBoundaries(input: ScheduleInput, from: number, to: number): number[] {
  const { timezone: tz, calendar } = input;
  const seconds = new Set<number>([0]);
  for (const e of input.schedule) {
    const hours = hoursOf(e.window.time, calendar);
    if (hours && hours !== 'unknown') {
      seconds.add(hours[0]);
      seconds.add(hours[1]);
    }
  }
  const first = hallTime(from, tz).day;
  const last = hallTime(to, tz).day;
  const out = new Set<number>();
  for (let day = addDays(first, -1); day <= addDays(last, 1); day = addDays(day, 1)) {
    for (const s of seconds) {
      const t = instantOf(day, s, tz);
      if (t > from && t <= to) out.add(t);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The next instant after `t` at which the programme changes, within `horizonMs` (null: none so soon; ask
 * again later). The screen arms one timer for it, so a daypart starts within a second of its boundary.
 */
export function nextChange(input: ScheduleInput, t: number, horizonMs = 48 * 3600_000): number | null {
  const now = programmeAt(input, t);
  for (const c of candidateBoundaries(input, t, t + horizonMs)) {
    if (!sameProgramme(programmeAt(input, c), now)) return c;
  }
  return null;
}

/** The hall's clock: service days, minutes of the local day, and local times as instants, in its time zone. */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The last answer per time zone, by UTC minute. Intl formatting costs microseconds on every ticket, and the
 * local day and minute can only change at a UTC minute boundary (zone offsets are whole minutes).
 */
const lastDay = new Map<string, { minute: number; value: string }>();
const lastMinute = new Map<string, { minute: number; value: number }>();

/**
 * The service day a moment belongs to, in the hall's time zone: numbers restart at local midnight, whatever
 * time zone the hub's clock is set to.
 */
export function serviceDay(at: Date, timeZone: string): string {
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastDay.get(timeZone);
  if (last?.minute === minute) return last.value;
  let fmt = dayFormats.get(timeZone);
  if (!fmt) {
    // en-CA formats dates as YYYY-MM-DD.
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, fmt);
  }
  const value = fmt.format(at);
  lastDay.set(timeZone, { minute, value });
  return value;
}


const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes since local midnight in the hall's time zone, for opening hours. */
export function minuteOfDay(at: Date, timeZone: string): number {
  const utcMinute = Math.floor(at.getTime() / 60_000);
  const last = lastMinute.get(timeZone);
  if (last?.minute === utcMinute) return last.value;
  let fmt = timeFormats.get(timeZone);
  if (!fmt) {
    // Building a DateTimeFormat costs far more than using one; tickets are issued in bursts.
    fmt = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormats.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const value = get('hour') * 60 + get('minute');
  lastMinute.set(timeZone, { minute: utcMinute, value });
  return value;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes the hall's local time is ahead of UTC at an instant (480 in Shanghai). */
function offsetMinutes(at: Date, timeZone: string): number {
  let fmt = offsetFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    offsetFormats.set(timeZone, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The instant of a local time on a service day ("2026-11-26", 570 → 09:30 in the hall). */
export function localToUtc(day: string, minuteOfLocalDay: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, 0, minuteOfLocalDay);
  const first = offsetMinutes(new Date(guess), timeZone);
  const t = guess - first * 60_000;
  const second = offsetMinutes(new Date(t), timeZone);
  // Across a daylight-saving change the offset at the guess and at the answer differ; the second one is right.
  return new Date(second === first ? t : guess - second * 60_000);
}

/** ISO weekday of a calendar day, 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/** A service day plus n days, as a calendar date. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

const printFormats = new Map<string, Intl.DateTimeFormat>();

/** A local time as printed on slips and tickets: "2026-11-26 10:32", or "10:32" without the date. */
export function printedTime(at: Date, timeZone: string, withDate = true): string {
  const key = `${timeZone}/${withDate}`;
  let fmt = printFormats.get(key);
  if (!fmt) {
    // sv-SE writes dates as YYYY-MM-DD and times as HH:MM.
    fmt = new Intl.DateTimeFormat('sv-SE', {
      timeZone, hour: '2-digit', minute: '2-digit', ...(withDate ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {}),
    });
    printFormats.set(key, fmt);
  }
  return fmt.format(at);
}

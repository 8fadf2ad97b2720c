import { hoursSpan, type BookingFlow, type BookingSession } from '../../contract/index.ts';
import { addDays, isoWeekday, localToUtc } from '../../infra/clock.ts';

/** One bookable slot: a session's piece of time, with one host when the flow names hosts. */
export interface SessionSlot {
  session: BookingSession;
  host: string | null;
  start: Date;
  end: Date;
}

/** The slots of a flow on a service day: each session held that weekday, cut into its slots, once per host. */
export function slotsOn(flow: Pick<BookingFlow, 'sessions' | 'hosts'>, day: string, timeZone: string): SessionSlot[] {
  const weekday = isoWeekday(day);
  const hosts = flow.hosts.length ? flow.hosts.map((h) => h.id) : [null];
  const out: SessionSlot[] = [];
  for (const session of flow.sessions) {
    if (!session.weekdays.includes(weekday)) continue;
    const [from, to] = hoursSpan(session.hours);
    const step = session.slotMinutes ?? to - from;
    for (let m = from; m + step <= to; m += step) {
      const start = localToUtc(day, m, timeZone);
      const end = localToUtc(day, m + step, timeZone);
      for (const host of hosts) out.push({ session, host, start, end });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.host ?? '').localeCompare(b.host ?? ''));
}

/** The earliest start a booking made now may take. */
export function earliestStart(flow: Pick<BookingFlow, 'minNoticeMinutes'>, now: Date): number {
  return now.getTime() + flow.minNoticeMinutes * 60_000;
}

/** Days from today within daysAhead on which a slot can still be booked, today first. */
export function bookableDays(flow: Pick<BookingFlow, 'sessions' | 'hosts' | 'daysAhead' | 'minNoticeMinutes'>, today: string, now: Date, timeZone: string): string[] {
  const earliest = earliestStart(flow, now);
  const days: string[] = [];
  for (let i = 0; i <= flow.daysAhead; i++) {
    const day = addDays(today, i);
    if (slotsOn(flow, day, timeZone).some((s) => s.start.getTime() >= earliest)) days.push(day);
  }
  return days;
}

/** The slot a booking names: this session, starting at this instant, with this host. */
export function findSlot(flow: Pick<BookingFlow, 'sessions' | 'hosts'>, day: string, session: string, start: Date, host: string | null, timeZone: string): SessionSlot | null {
  return slotsOn(flow, day, timeZone).find((s) => s.session.id === session && s.start.getTime() === start.getTime() && s.host === host) ?? null;
}

import type { AppointmentRules, QueueLine } from '../../contract/index.ts';
import { localToUtc } from '../../infra/clock.ts';

export interface SlotWindow {
  start: Date;
  end: Date;
}

/** Minutes of the local day a line is open, from its "HH:MM-HH:MM" hours; overnight hours end at midnight. */
function openMinutes(hours: string): [number, number] {
  const [from, to] = hours.split('-').map((hm) => {
    const [h, m] = hm.split(':').map(Number);
    return h! * 60 + m!;
  }) as [number, number];
  return [from, to > from ? to : 24 * 60];
}

/** The bookable slots of a line on a service day: its opening hours cut into slotMinutes pieces. */
export function slotsOf(queue: QueueLine, day: string, rules: AppointmentRules, timeZone: string): SlotWindow[] {
  const [from, to] = openMinutes(queue.hours);
  const out: SlotWindow[] = [];
  for (let m = from; m + rules.slotMinutes <= to; m += rules.slotMinutes) {
    out.push({ start: localToUtc(day, m, timeZone), end: localToUtc(day, m + rules.slotMinutes, timeZone) });
  }
  return out;
}

/** Check-in opens `checkInEarlyMinutes` before the slot and closes `lateMinutes` after its start. */
export function checkInWindow(slotStart: Date, rules: AppointmentRules): { from: Date; until: Date } {
  return {
    from: new Date(slotStart.getTime() - rules.checkInEarlyMinutes * 60_000),
    until: new Date(slotStart.getTime() + rules.lateMinutes * 60_000),
  };
}

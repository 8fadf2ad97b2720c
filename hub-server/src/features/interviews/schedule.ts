import path from 'node:path';
import { InterviewBoothsFile } from '../../contract/index.ts';
import { ContentError, readContentFile } from '../../infra/content.ts';
import { isoWeekday, localToUtc } from '../../infra/clock.ts';

const DAY_MS = 86_400_000;

function minutes(hm: string): number {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Reads content/jobs/interview-booths.json; overlapping sessions or a booth listed twice stop start-up. */
export function loadBooths(contentDir: string): InterviewBoothsFile {
  const dir = path.join(contentDir, 'jobs');
  const file = readContentFile(dir, 'interview-booths.json', InterviewBoothsFile);
  const where = path.join(dir, 'interview-booths.json');
  const ids = new Set<string>();
  file.booths.forEach((b, i) => {
    if (ids.has(b.id)) throw new ContentError(`${where}: booths.${i}.id: "${b.id}" appears twice`);
    ids.add(b.id);
  });
  const spans = file.sessions.map((s) => s.split('-').map(minutes) as [number, number]).sort((a, b) => a[0] - b[0]);
  spans.forEach((s, i) => {
    if (i > 0 && s[0] < spans[i - 1]![1]) throw new ContentError(`${where}: sessions: ${file.sessions.join(', ')} overlap`);
    if (s[1] - s[0] < file.slotMinutes) throw new ContentError(`${where}: sessions: a session is shorter than one ${file.slotMinutes}-minute slot`);
  });
  return file;
}

export interface SlotWindow {
  start: Date;
  end: Date;
}

/** A day's slots: each session cut into whole slots; a remainder shorter than a slot is not offered. */
export function slotsOn(day: string, cfg: InterviewBoothsFile, timeZone: string): SlotWindow[] {
  if (!cfg.weekdays.includes(isoWeekday(day))) return [];
  const out: SlotWindow[] = [];
  for (const s of [...cfg.sessions].sort()) {
    const [from, to] = s.split('-').map(minutes) as [number, number];
    for (let m = from; m + cfg.slotMinutes <= to; m += cfg.slotMinutes) {
      out.push({ start: localToUtc(day, m, timeZone), end: localToUtc(day, m + cfg.slotMinutes, timeZone) });
    }
  }
  return out;
}

/** The earliest a slot may start for a booking made now. */
export function earliestStart(now: Date, cfg: InterviewBoothsFile): Date {
  return new Date(now.getTime() + cfg.minNoticeMinutes * 60_000);
}

/** Staffed days from today within `daysAhead` that still have a slot far enough ahead to book. */
export function bookableDays(today: string, now: Date, cfg: InterviewBoothsFile, timeZone: string): string[] {
  const first = Date.parse(`${today}T00:00:00Z`);
  const earliest = earliestStart(now, cfg).getTime();
  const out: string[] = [];
  for (let i = 0; i < cfg.daysAhead; i++) {
    const day = new Date(first + i * DAY_MS).toISOString().slice(0, 10);
    if (slotsOn(day, cfg, timeZone).some((s) => s.start.getTime() >= earliest)) out.push(day);
  }
  return out;
}

/** The slot that starts at exactly this instant on a bookable day, or null. */
export function findSlot(start: Date, days: string[], cfg: InterviewBoothsFile, timeZone: string): { day: string; slot: SlotWindow } | null {
  for (const day of days) {
    const slot = slotsOn(day, cfg, timeZone).find((s) => s.start.getTime() === start.getTime());
    if (slot) return { day, slot };
  }
  return null;
}

import {
  activeEntries, candidateBoundaries, programmeAt, targets, type Audience, type ScheduleInput, type ScheduleIssue,
} from '../../contract/index.ts';
import type { PublishedContent } from './items.ts';

export interface CheckAudience {
  key: string;
  audience: Audience;
  layoutId: string;
}

const MAX_ISSUES = 300;
const iso = (t: number) => new Date(t).toISOString();

/**
 * What a schedule would play over a period, told as problems before anyone publishes it: gaps (a playlist
 * region with nothing to play: the screen would show only the hall's idle card), layout conflicts (two entries
 * of the same priority asking for different layouts: one wins by schedule order, which nobody chose), entries
 * that never play (outranked, or a window that never comes), and references to things that do not exist.
 */
export function checkSchedule(content: PublishedContent, audiences: CheckAudience[], timezone: string, from: number, to: number): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const used = new Set<string>();
  const targeted = new Set<string>();
  const playlists = new Set(content.playlists.map((p) => p.id));
  const layouts = new Set(content.layouts.map((l) => l.id));
  const dayparts = new Set(content.calendar.dayparts.map((d) => d.id));

  for (const e of content.schedule) {
    const missing = [
      ...e.regions.filter((r) => !playlists.has(r.playlistId)).map((r) => `playlist ${r.playlistId}`),
      ...(e.layoutId && !layouts.has(e.layoutId) ? [`layout ${e.layoutId}`] : []),
      ...(e.window.time.kind === 'daypart' && !dayparts.has(e.window.time.daypart) ? [`daypart ${e.window.time.daypart}`] : []),
    ];
    if (missing.length) {
      issues.push({
        kind: 'missing', audience: '*', region: null, from: iso(from), to: iso(to), entries: [e.id],
        message: { zh: `“${e.name.zh}”引用的内容不存在：${missing.join('、')}`, en: `"${e.name.en}" names what does not exist: ${missing.join(', ')}` },
      });
    }
  }

  for (const a of audiences) {
    const input: ScheduleInput = { timezone, schedule: content.schedule, calendar: content.calendar, audience: a.audience, defaultLayoutId: a.layoutId, layouts: content.layouts };
    for (const e of content.schedule) if (targets(e, a.audience)) targeted.add(e.id);
    const cuts = [from, ...candidateBoundaries(input, from, to).filter((t) => t < to), to];
    const open = new Map<string, ScheduleIssue>();
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [start, end] = [cuts[i]!, cuts[i + 1]!];
      if (start >= end) continue;
      const prog = programmeAt(input, start);
      const active = activeEntries(input, start);
      for (const sources of Object.values(prog.regions)) for (const s of sources ?? []) if (s.entryId) used.add(s.entryId);
      const layoutEntry = active.find((e) => e.layoutId && layouts.has(e.layoutId));
      if (layoutEntry) used.add(layoutEntry.id);
      const contenders = active.filter((e) => e.layoutId && layouts.has(e.layoutId) && e.priority === layoutEntry?.priority);
      const found: Array<Omit<ScheduleIssue, 'from' | 'to'>> = [];
      if (new Set(contenders.map((e) => e.layoutId)).size > 1) {
        found.push({
          kind: 'layout-conflict', audience: a.key, region: null, entries: contenders.map((e) => e.id),
          message: { zh: `同一优先级的条目要求不同的版式：${contenders.map((e) => e.name.zh).join('、')}`, en: `Entries of the same priority ask for different layouts: ${contenders.map((e) => e.name.en).join(', ')}` },
        });
      }
      for (const [region, sources] of Object.entries(prog.regions)) {
        if (sources?.length) continue;
        found.push({
          kind: 'gap', audience: a.key, region, entries: [],
          message: { zh: `“${region}”区域没有可播放的内容`, en: `Nothing to play in the ${region} region` },
        });
      }
      const seenNow = new Set<string>();
      for (const f of found) {
        const key = `${f.kind}/${f.region}/${f.entries.join(',')}`;
        seenNow.add(key);
        const prev = open.get(key);
        if (prev && Date.parse(prev.to) === start) prev.to = iso(end);
        else {
          const issue = { ...f, from: iso(start), to: iso(end) };
          open.set(key, issue);
          issues.push(issue);
        }
      }
      for (const key of [...open.keys()]) if (!seenNow.has(key)) open.delete(key);
      if (issues.length > MAX_ISSUES) return issues.slice(0, MAX_ISSUES);
    }
  }

  for (const e of content.schedule) {
    if (!targeted.has(e.id) || used.has(e.id)) continue;
    issues.push({
      kind: 'never-plays', audience: '*', region: null, from: iso(from), to: iso(to), entries: [e.id],
      message: { zh: `“${e.name.zh}”在此期间不会播放（被更高优先级覆盖，或时段不出现）`, en: `"${e.name.en}" never plays in this period (outranked, or its window never comes)` },
    });
  }
  return issues;
}

/**
 * The right-hand panel of the call screen alternates the current notice with a compact job list. It holds
 * still on the notice while a call is fresh, so nothing moves beside the number people are looking for, and a
 * notice staff just published is shown at once.
 */
export type PanelShow = 'notice' | 'jobs';

export interface PanelState {
  show: PanelShow;
  /** When the panel last switched (ms). */
  since: number;
}

export interface PanelInputs {
  hasNotice: boolean;
  hasJobs: boolean;
  /** When the last live call arrived (ms), null before the first. */
  lastCallAt: number | null;
}

export interface PanelTiming {
  noticeMs: number;
  jobsMs: number;
  /** A call is "being shown" for this long after it arrives: the flash runs 3 s, people take longer to look. */
  callHoldMs: number;
}

export const PANEL_TIMING: PanelTiming = { noticeMs: 20_000, jobsMs: 30_000, callHoldMs: 45_000 };

export const initialPanel = (now: number): PanelState => ({ show: 'notice', since: now });

function to(s: PanelState, show: PanelShow, now: number): PanelState {
  return s.show === show ? s : { show, since: now };
}

/** Where the panel should be at `now`; called on a timer and whenever an input changes. */
export function stepPanel(s: PanelState, now: number, i: PanelInputs, t: PanelTiming = PANEL_TIMING): PanelState {
  if (!i.hasJobs) return to(s, 'notice', now);
  if (!i.hasNotice) return to(s, 'jobs', now);
  if (i.lastCallAt !== null && now - i.lastCallAt < t.callHoldMs) return to(s, 'notice', now);
  const stay = s.show === 'notice' ? t.noticeMs : t.jobsMs;
  if (now - s.since < stay) return s;
  return { show: s.show === 'notice' ? 'jobs' : 'notice', since: now };
}

/** A new notice goes up at once, and stays its full turn. */
export function noticeArrived(_s: PanelState, now: number): PanelState {
  return { show: 'notice', since: now };
}

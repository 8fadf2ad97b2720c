import { VISITOR_TOKEN_HEADER, type Seeker } from '@jobhall/hub-server/contract';

/**
 * Who is signed in at the kiosk right now: a job seeker or an employer, with the short-lived token the hub
 * gave. Held only in the kiosk app's memory; the idle reset drops it.
 */
export type Visitor =
  | { kind: 'seeker'; token: string; seeker: Seeker }
  | { kind: 'employer'; token: string; employerName: string; employerId: string };

export function visitorHeaders(v: Visitor | null): Record<string, string> {
  return v ? { [VISITOR_TOKEN_HEADER]: v.token } : {};
}

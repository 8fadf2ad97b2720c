import type { CaseRecord, SessionInfo, Vacancy } from '@jobhall/hub-server/contract';

/**
 * Every event the admin's elements fire, with its detail: children fire them up, their parent listens.
 * Typed here so a listener and its firer cannot disagree.
 */
declare global {
  interface HTMLElementEventMap {
    'logged-in': CustomEvent<SessionInfo>;
    /** A decision on a vacancy in review (approved, rejected, edited): the list takes it out or refreshes it. */
    'vacancy-changed': CustomEvent<{ vacancy: Vacancy; message: string }>;
    'vacancy-saved': CustomEvent<Vacancy>;
    'edit-closed': CustomEvent<undefined>;
    /** A calculator figure was proposed: the figures panel reads them again. */
    'figures-changed': CustomEvent<undefined>;
    /** A case record got an entry: the list reloads. */
    'case-changed': CustomEvent<CaseRecord>;
  }
}

type AdminEventName = 'logged-in' | 'vacancy-changed' | 'vacancy-saved' | 'edit-closed' | 'figures-changed' | 'case-changed';
type DetailOf<K extends AdminEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires an admin event up through shadow roots; the detail's type comes from the map above. */
export function emit<K extends AdminEventName>(from: EventTarget, name: K, ...detail: DetailOf<K> extends undefined ? [] : [DetailOf<K>]): void {
  from.dispatchEvent(new CustomEvent(name, { detail: detail[0], bubbles: true, composed: true }));
}

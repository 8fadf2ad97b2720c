import type { CaseRecord, EnrolmentCode, ItemView, ScheduleEntry, SessionInfo, Slide, Vacancy } from '@jobhall/hub-server/contract';

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
    /** A playlist's slide form changed one slide, or asks to move or remove it. */
    'slide-change': CustomEvent<{ index: number; slide: Slide }>;
    'slide-up': CustomEvent<{ index: number }>;
    'slide-down': CustomEvent<{ index: number }>;
    'slide-remove': CustomEvent<{ index: number }>;
    /** The schedule entry form changed the entry. */
    'entry-change': CustomEvent<ScheduleEntry>;
    /** A signage content item was saved, submitted, approved, rejected or discarded: lists refresh. */
    'item-changed': CustomEvent<{ item: ItemView | null; message: string }>;
    /** A calculator figure was proposed: the figures panel reads them again. */
    'figures-changed': CustomEvent<undefined>;
    /** A case record got an entry: the list reloads. */
    'case-changed': CustomEvent<CaseRecord>;
    /** Staff got a one-time enrolment code for a device (added, or a new code): shown once with its QR code. */
    'device-code': CustomEvent<{ deviceId: string; enrolment: EnrolmentCode }>;
    /** A device was added, approved or revoked, or sent a command: the fleet and the log load again. */
    'devices-changed': CustomEvent<undefined>;
  }
}

type AdminEventName = 'logged-in' | 'vacancy-changed' | 'vacancy-saved' | 'edit-closed' | 'slide-change' | 'slide-up' | 'slide-down' | 'slide-remove' | 'entry-change' | 'item-changed'
  | 'figures-changed' | 'case-changed' | 'device-code' | 'devices-changed';
type DetailOf<K extends AdminEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires an admin event up through shadow roots; the detail's type comes from the map above. */
export function emit<K extends AdminEventName>(from: EventTarget, name: K, ...detail: DetailOf<K> extends undefined ? [] : [DetailOf<K>]): void {
  from.dispatchEvent(new CustomEvent(name, { detail: detail[0], bubbles: true, composed: true }));
}

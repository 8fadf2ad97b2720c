import type { z } from 'zod';
import type { AnswerValue, Appointment, BookingSlot, DemandSurveyReceived, EmployerSession, EntrustRequest, Interview, SeekerSession } from '@jobhall/hub-server/contract';
import type { LocalizedText } from '@jobhall/ui-kit';

/** Where a screen asks the kiosk to go: a path under /kiosk/ (query included) and how to record the step. */
export interface NavigateDetail {
  /** e.g. "services/3.1.1", "jobs?lodging=1"; "" is the home screen. */
  to: string;
  /** Replace the current history entry instead of adding one (a filter changed, a sign-in led on). */
  replace?: boolean;
  /** Start the visitor's way back here: 返回 is not offered (a ticket just issued must not be taken twice). */
  fresh?: boolean;
}

/** A sentence for the banner under the top bar: a confirmation in green or a refusal in red. */
export interface KioskMessage {
  tone: 'ok' | 'problem';
  text: LocalizedText;
}

/** A card on the kiosk's reader that nobody has registered: its ID number and name stay at the hub. */
export interface CardRead {
  readId: string;
  idMasked: string;
  nameMasked: string;
}

/** A card read for a form, as the kiosk holds it: the read's id and the holder's name and number masked. */
export interface FormCardRead {
  readId: string;
  nameMasked: string;
  idMasked: string;
}

/**
 * Every event the kiosk's elements fire, with its detail. Children fire them (bubbling, composed); the app
 * and the route table listen. Typed here so a listener and its firer cannot disagree.
 */
declare global {
  interface HTMLElementEventMap {
    navigate: CustomEvent<NavigateDetail>;
    'go-home': CustomEvent<undefined>;
    'go-back': CustomEvent<undefined>;
    'toggle-lang': CustomEvent<undefined>;
    /** 语音 and 大字 in the top bar: speech mode reads the screen aloud, large type draws it larger. */
    'toggle-speech': CustomEvent<undefined>;
    'toggle-large-type': CustomEvent<undefined>;
    'more-time': CustomEvent<undefined>;
    'kiosk-message': CustomEvent<KioskMessage>;
    /** A screen's own query changed (its filters): the address is rewritten in place, for 返回 to come back to. */
    'screen-query': CustomEvent<string>;
    /** A flow gave up (its 取消): back to where the visitor came from. */
    'cancel-flow': CustomEvent<undefined>;
    /** A screen needs the visitor signed in before it can go on. */
    'want-sign-in': CustomEvent<undefined>;
    /** A job in a list was tapped (its id): the kiosk opens its page, the phone page shows it. */
    'open-job': CustomEvent<number>;
    'seeker-signed-in': CustomEvent<z.infer<typeof SeekerSession>>;
    'employer-signed-in': CustomEvent<z.infer<typeof EmployerSession>>;
    'card-unregistered': CustomEvent<CardRead>;
    /** The number pad and the on-screen keyboard. */
    'number-entered': CustomEvent<string>;
    'pad-cancel': CustomEvent<undefined>;
    'text-entered': CustomEvent<string>;
    'keyboard-cancel': CustomEvent<undefined>;
    /** The large list picker (地区, 工资): the values chosen ([] for 不限), or cancelled. */
    picked: CustomEvent<string[]>;
    'picker-cancel': CustomEvent<undefined>;
    /** A slot was booked (the kiosk and the phone booking page both show the code next). */
    booked: CustomEvent<Appointment>;
    'survey-submitted': CustomEvent<z.infer<typeof DemandSurveyReceived>>;
    'interview-booked': CustomEvent<z.infer<typeof Interview>>;
    'entrust-created': CustomEvent<z.infer<typeof EntrustRequest>>;
    /** A form's answer changed (undefined: cleared); a group sends its whole list of entries. */
    'field-changed': CustomEvent<{ field: string; value: AnswerValue | undefined }>;
    /** The review's 修改: back to the page with this field. */
    'form-edit': CustomEvent<string>;
    /** A card read for a form: the hub fills its identity fields from it; the kiosk only shows them masked. */
    'form-card-read': CustomEvent<FormCardRead>;
    'form-card-cancel': CustomEvent<undefined>;
    /** A booking flow's slot was chosen: its details are asked next. */
    'booking-slot': CustomEvent<BookingSlot>;
  }
}

type KioskEventName =
  | 'navigate' | 'go-home' | 'go-back' | 'toggle-lang' | 'toggle-speech' | 'toggle-large-type' | 'more-time' | 'kiosk-message' | 'screen-query' | 'cancel-flow' | 'want-sign-in' | 'open-job'
  | 'seeker-signed-in' | 'employer-signed-in' | 'card-unregistered' | 'number-entered' | 'pad-cancel' | 'text-entered'
  | 'keyboard-cancel' | 'picked' | 'picker-cancel' | 'booked' | 'survey-submitted' | 'interview-booked' | 'entrust-created' | 'field-changed' | 'form-edit' | 'form-card-read' | 'form-card-cancel'
  | 'booking-slot';

type DetailOf<K extends KioskEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a kiosk event up through shadow roots; the detail's type comes from the map above. */
export function emit<K extends KioskEventName>(from: EventTarget, name: K, ...detail: DetailOf<K> extends undefined ? [] : [DetailOf<K>]): void {
  from.dispatchEvent(new CustomEvent(name, { detail: detail[0], bubbles: true, composed: true }));
}

/** Sends the visitor somewhere: the app records the step in the browser's history. */
export function navigate(from: EventTarget, to: string, how: Omit<NavigateDetail, 'to'> = {}): void {
  emit(from, 'navigate', { to, ...how });
}

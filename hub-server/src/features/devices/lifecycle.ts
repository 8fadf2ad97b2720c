import type { EnrolmentState } from '../../contract/index.ts';

/** What can happen to a device at the hub. */
export type LifecycleEvent =
  | { type: 'code' } // staff gave it a (new) enrolment code
  | { type: 'enrol' } // the device exchanged a code for its credential
  | { type: 'approve' }
  | { type: 'revoke' };

/** Where a state goes on an event, or null when the event is not allowed there (the caller answers 409). */
export function nextEnrolment(state: EnrolmentState, event: LifecycleEvent): EnrolmentState | null {
  switch (event.type) {
    // A new code for any device, revoked ones included: a replaced or repaired machine enrols again. A device
    // working now keeps working until the new machine uses the code.
    case 'code':
      return state === 'revoked' || state === 'provisioned' ? 'awaiting-enrolment' : state;
    // Whatever it was, a device that enrols waits for approval: a code in the wrong hands gives nothing yet.
    case 'enrol':
      return state === 'revoked' ? null : 'pending';
    case 'approve':
      return state === 'pending' ? 'active' : null;
    case 'revoke':
      return state === 'revoked' ? null : 'revoked';
  }
}

/** Whether the broker should let the device in. */
export function brokerEnabled(state: EnrolmentState): boolean {
  return state === 'active' || state === 'provisioned';
}

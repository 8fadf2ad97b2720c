import type { AlertState } from '../../contract/index.ts';

/**
 * An alert's life: active until staff cancel it (or send a CAP cancel), an update replaces it, or its expiry
 * passes. The screens clear it on their own clock at expiry too, so a lost "all clear" never leaves one stuck.
 */
export type AlertEvent = 'cancel' | 'supersede' | 'expire';

export function nextAlertState(state: AlertState, event: AlertEvent): AlertState {
  if (state !== 'active') return state;
  switch (event) {
    case 'cancel':
      return 'cancelled';
    case 'supersede':
      return 'superseded';
    case 'expire':
      return 'expired';
  }
}

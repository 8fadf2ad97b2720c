import type { ItemState } from '../../contract/index.ts';

/**
 * A content item's review cycle. Editors (content.edit) save drafts and submit them; approvers
 * (content.publish) approve — the draft becomes what screens play — or reject with a comment. Saving again
 * always makes a draft, so nothing changed after submission is approved unseen. Discarding a draft returns
 * to what is published (an item never published is gone).
 */
export type ItemAction = 'save' | 'submit' | 'approve' | 'reject' | 'discard';

const TABLE: Record<ItemState, Partial<Record<ItemAction, ItemState>>> = {
  draft: { save: 'draft', submit: 'submitted', discard: 'published' },
  submitted: { save: 'draft', approve: 'published', reject: 'rejected' },
  rejected: { save: 'draft', submit: 'submitted', discard: 'published' },
  published: { save: 'draft' },
};

/** Where an action takes an item, or null when it cannot be done in this state. */
export function nextItemState(state: ItemState, action: ItemAction): ItemState | null {
  return TABLE[state][action] ?? null;
}

/** Which actions an item in this state offers, for the admin's buttons. */
export function itemActions(state: ItemState): ItemAction[] {
  return Object.keys(TABLE[state]) as ItemAction[];
}

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { itemActions, nextItemState } from './item-machine.ts';

test('a draft is submitted, then approved or rejected; a rejected draft goes back for another try', () => {
  assert.is(nextItemState('draft', 'submit'), 'submitted');
  assert.is(nextItemState('submitted', 'approve'), 'published');
  assert.is(nextItemState('submitted', 'reject'), 'rejected');
  assert.is(nextItemState('rejected', 'submit'), 'submitted');
});

test('nothing is approved that was not submitted, and nothing published is approved again', () => {
  assert.is(nextItemState('draft', 'approve'), null);
  assert.is(nextItemState('rejected', 'approve'), null);
  assert.is(nextItemState('published', 'approve'), null);
  assert.is(nextItemState('published', 'reject'), null);
});

test('editing a submitted item takes it back to a draft, so a change is never approved unseen', () => {
  assert.is(nextItemState('submitted', 'save'), 'draft');
  assert.is(nextItemState('published', 'save'), 'draft');
  assert.is(nextItemState('submitted', 'discard'), null, 'an approver decides on a submission; the editor saves over it');
});

test('the admin offers exactly the actions the table allows', () => {
  assert.equal(itemActions('submitted').sort(), ['approve', 'reject', 'save']);
  assert.equal(itemActions('published'), ['save']);
});

test.run();

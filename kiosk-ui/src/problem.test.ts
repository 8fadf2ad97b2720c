import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ApiProblem } from '@jobhall/ui-kit';
import { fieldOf, formProblem, problemOf } from './problem.ts';
import { m } from './messages.ts';

const refusal = (path: string, text?: { zh: string; en: string }) =>
  new ApiProblem(422, `${path}: the check character does not match (a digit may be mistyped)`, 'INVALID_FIELD', text, [{ path, message: 'developer English' }]);

test('a refusal reaches the screen as the hub\'s sentence, the form\'s own words for the field, or the apology: never its message', () => {
  const said = { zh: '身份证号码有一位输错了', en: 'One character is mistyped' };
  assert.equal(problemOf(refusal('body.idNumber', said)), said);
  assert.equal(problemOf(refusal('body.idNumber')), m.error);
  assert.equal(problemOf(new Error('boom')), m.error);
  assert.is(fieldOf(refusal('body.wantedOccupations.0')), 'wantedOccupations');
  const fields = { contactPhone: { zh: '联系电话', en: 'Contact phone' } };
  assert.equal(formProblem(refusal('body.contactPhone'), fields), { zh: '请检查“联系电话”，再提交一次。', en: 'Please check "Contact phone" and submit again.' });
  assert.equal(formProblem(refusal('body.other'), fields), m.error);
  for (const text of [formProblem(refusal('body.contactPhone'), fields), problemOf(refusal('body.x'))]) {
    assert.not.match(`${text.zh} ${text.en}`, /body\.|developer|check character/);
  }
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RegisterSeekerBody } from '@jobhall/hub-server/contract';
import { FIELD_LABEL, STEPS, STEP_OF_FIELD, idProblem, nameProblem, phoneProblem, progress, stepsFor } from './register-steps.ts';

test('registration counts its steps, one fewer pair when a card gave the ID and name', () => {
  assert.equal(progress('id', false), { n: 1, of: 12 });
  assert.equal(progress('review', false), { n: 12, of: 12 });
  assert.equal(progress('phone', true), { n: 1, of: 10 });
  assert.not.ok(stepsFor(true).includes('id'));
});

test('every field the hub can refuse leads back to the step that asks it, and every step has a field name for the review', () => {
  const fields = Object.keys(RegisterSeekerBody.shape).filter((f) => !['shifts', 'employmentTypes', 'maxCommuteKm'].includes(f));
  for (const f of fields) assert.ok(STEP_OF_FIELD[f], `${f} has no step`);
  for (const s of STEPS) if (s !== 'review') assert.ok(FIELD_LABEL[s].zh && FIELD_LABEL[s].en, s);
});

test('the rules said at the fields are the hub\'s rules', () => {
  for (const phone of ['13800138000', '19912345678']) assert.is(phoneProblem(phone), null);
  for (const phone of ['12800138000', '1380013800']) assert.ok(phoneProblem(phone));
  assert.is(idProblem('11010519491231002X'), null);
  assert.match(idProblem('110105194912310021')!.zh, '输错', 'a wrong check digit is said in Chinese');
  assert.match(idProblem('110105194912310021')!.en, 'mistyped');
  assert.is(nameProblem('张伟'), null);
  assert.is(nameProblem('Li Na'), null);
  assert.ok(nameProblem('张'));
  for (const [name, ok] of [['张伟', true], ['张', false], ['王 5', false]] as const) {
    const hub = RegisterSeekerBody.shape.name.safeParse(name).success;
    assert.is(hub, ok, name);
    assert.is(nameProblem(name) === null, ok, name);
  }
});

test.run();

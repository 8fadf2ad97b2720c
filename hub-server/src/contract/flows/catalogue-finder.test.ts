import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CatalogueFlow } from './catalogue.ts';
import { finderMatches } from './catalogue-finder.ts';

const flows = path.resolve(import.meta.dirname, '../../../../content/flows');
const finderOf = (id: string) => CatalogueFlow.parse(JSON.parse(fs.readFileSync(path.join(flows, `${id}.json`), 'utf8'))).finder!;
const people = finderOf('policies');
const employers = finderOf('employer-policies');
const ids = (m: Array<{ entry: string }>) => m.map((x) => x.entry);

test('a laid-off worker who paid insurance and faces hardship is shown the benefit, recognition and welfare posts, with reasons', () => {
  const m = finderMatches(people, { status: 'unemployed', insured: true, hardship: true, group: 'none', startup: false, training: false });
  assert.equal(ids(m), ['unemployment-insurance', 'employment-assistance', 'public-welfare-posts']);
  assert.match(m[0]!.because.zh, '失业保险满 1 年');
});

test('the same person who never paid insurance gets no benefit; a graduate who wants to start up gets the loan, the grant and the graduate subsidy', () => {
  assert.not.ok(ids(finderMatches(people, { status: 'unemployed', insured: false, hardship: true, group: 'none', startup: false, training: false })).includes('unemployment-insurance'));
  assert.equal(ids(finderMatches(people, { status: 'graduate', insured: false, hardship: false, group: 'none', startup: true, training: false })),
    ['startup-guaranteed-loan', 'one-time-startup-subsidy', 'graduate-employment-subsidy']);
});

test('a disabled job seeker is offered recognition and disability support even without the hardship answer; a worker training gets both training subsidies', () => {
  assert.equal(ids(finderMatches(people, { status: 'unemployed', insured: false, hardship: false, group: 'disabled', startup: false, training: false })),
    ['employment-assistance', 'disability-support']);
  assert.equal(ids(finderMatches(people, { status: 'employed', insured: true, hardship: false, group: 'none', startup: false, training: true })),
    ['vocational-training-subsidy', 'skill-certification-subsidy']);
});

test('unanswered questions match nothing, and each entry is listed once whichever of its rules holds', () => {
  assert.equal(finderMatches(people, {}), []);
  const m = finderMatches(employers, { size: 'micro', hiredHardship: true, hiredGraduates: true, interns: false, noLayoffs: false, training: false });
  assert.equal(ids(m), ['employer-hiring-subsidy', 'laid-off-hiring-certification', 'graduate-hiring-subsidy']);
  assert.not.ok(ids(finderMatches(employers, { size: 'large', hiredGraduates: true })).includes('graduate-hiring-subsidy'), 'only small firms');
});

test('the meta-schema refuses a finder whose conditions name nothing real, or over another source', () => {
  const base = JSON.parse(fs.readFileSync(path.join(flows, 'employer-policies.json'), 'utf8'));
  const issues = (edit: (f: typeof base) => void) => {
    const f = structuredClone(base);
    edit(f);
    const r = CatalogueFlow.safeParse(f);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  assert.equal(issues((f) => (f.finder.rules[0].when = 'nobody')), ['finder.rules.0.when: no condition named "nobody"']);
  assert.equal(issues((f) => (f.finder.conditions.smallFirm = { field: 'size', oneOf: ['huge'] })), ['finder.conditions.smallFirm: "huge" is not an option of "size"']);
  assert.equal(issues((f) => (f.finder.conditions.training = { field: 'budget', equals: true })), ['finder.conditions.training.field: no question "budget"']);
  assert.equal(issues((f) => (f.finder.conditions.loop = { not: 'loop' })), ['finder.conditions.loop: condition cycle: loop → loop']);
  assert.equal(issues((f) => (f.source = 'courses')), ['finder: a finder works over policies']);
});

test.run();

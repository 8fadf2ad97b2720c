import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FlowDefinition } from './index.ts';

const L = (zh: string, en: string) => ({ zh, en });
const yes = (id: string, extra: object = {}) => ({ id, type: 'yes-no', label: L('是否', 'Yes or no'), ...extra });
const form = (pages: unknown[], conditions: object = {}) => ({
  id: 'test-form', kind: 'form', functions: ['7.1.2'], label: L('申请', 'Apply'), title: L('申请', 'Apply'), version: 1,
  conditions, pages, outcome: { nextSteps: [L('等待审核', 'Wait for review')], timeLimit: L('5 个工作日', '5 working days') },
});
const page = (fields: unknown[], extra: object = {}) => ({ id: 'p1', title: L('第一页', 'Page one'), fields, ...extra });

/** The issues a definition gets, as "path: message". */
function issues(def: unknown): string[] {
  const r = FlowDefinition.safeParse(def);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test('a form with named conditions that refer to each other is accepted, defaults filled in', () => {
  const def = form([page([
    yes('employed'),
    yes('insured', { visibleIf: 'isEmployed' }),
    { id: 'employer', type: 'text', label: L('单位', 'Employer'), visibleIf: 'employedNotInsured', required: 'employedNotInsured' },
  ])], {
    isEmployed: { field: 'employed', equals: true },
    notInsured: { field: 'insured', equals: false },
    employedNotInsured: { all: ['isEmployed', 'notInsured'] },
  });
  assert.equal(issues(def), []);
  const parsed = FlowDefinition.parse(def);
  assert.is(parsed.kind, 'form');
  if (parsed.kind !== 'form') return;
  assert.is(parsed.saveForLater, true);
  const text = parsed.pages[0]!.fields[2]!;
  assert.is(text.type === 'text' && text.maxLength, 60);
});

test('a condition that depends on itself is refused, directly, through others, or through a field it hides', () => {
  assert.equal(issues(form([page([yes('a')])], { x: { not: 'x' } })), ['conditions.x: condition cycle: x → x']);
  assert.equal(issues(form([page([yes('a')])], { x: { all: ['y'] }, y: { any: ['z'] }, z: { not: 'x' } })), ['conditions.x: condition cycle: x → y → z → x']);
  // b is shown only when b is yes: its visibility reads its own answer.
  assert.equal(issues(form([page([yes('b', { visibleIf: 'bYes' })])], { bYes: { field: 'b', equals: true } })), ['conditions.bYes: condition cycle: bYes → bYes']);
  // The same through a page's condition.
  assert.equal(
    issues(form([page([yes('a')]), { ...page([yes('c')]), id: 'p2', visibleIf: 'cYes' }], { cYes: { field: 'c', equals: true } })),
    ['conditions.cYes: condition cycle: cYes → cYes'],
  );
});

test('names must exist and conditions must fit their fields', () => {
  assert.equal(issues(form([page([yes('a', { visibleIf: 'nowhere' })])])), ['pages.0.fields.0.visibleIf: no condition named "nowhere"']);
  assert.equal(issues(form([page([yes('a')])], { x: { field: 'b', equals: true } })), ['conditions.x.field: no field "b"']);
  assert.equal(issues(form([page([yes('a')])], { x: { field: 'a', equals: 'yes' } })), ['conditions.x: "a" is yes/no: equals must be true or false']);
  const choice = { id: 'kind', type: 'choice', label: L('类别', 'Kind'), options: [{ value: 'a', label: L('甲', 'A') }, { value: 'b', label: L('乙', 'B') }] };
  assert.equal(issues(form([page([choice])], { x: { field: 'kind', oneOf: ['a', 'c'] } })), ['conditions.x: "c" is not an option of "kind"']);
  assert.equal(issues(form([page([yes('a')])], { x: { field: 'a', atLeast: 3 } })), ['conditions.x: atLeast/atMost need a number, amount or group; "a" is yes-no']);
  assert.equal(issues(form([page([yes('a'), yes('a')])])), ['pages.0.fields.1.id: field "a" appears twice']);
});

test('a repeated group asks the same of every entry: no conditions inside, a condition on its count outside', () => {
  const group = (inner: object) => ({
    id: 'workers', type: 'group', label: L('员工', 'Employees'), itemLabel: L('员工', 'Employee'), min: 1, max: 20,
    fields: [{ id: 'name', type: 'name', label: L('姓名', 'Name') }, { id: 'idNo', type: 'id-number', label: L('身份证号', 'ID number'), ...inner }],
  });
  assert.equal(issues(form([page([group({}), { id: 'note', type: 'text', label: L('说明', 'Note'), visibleIf: 'many' }])], { many: { field: 'workers', atLeast: 10 } })), []);
  assert.equal(issues(form([page([group({ visibleIf: 'many' })])], { many: { field: 'workers', atLeast: 10 } })),
    ['pages.0.fields.0.fields.1.visibleIf: fields inside a group cannot have conditions']);
  assert.equal(issues(form([page([group({})])], { x: { field: 'name', answered: true } })), ['conditions.x.field: "name" is inside a group']);
});

test('personal fields carry their tag; only one field of each kind is filled from the card', () => {
  const parsed = FlowDefinition.parse(form([page([{ id: 'idNo', type: 'id-number', label: L('身份证号', 'ID number'), fillFrom: 'card' }])]));
  assert.is(parsed.kind === 'form' && parsed.pages[0]!.fields[0]!.type === 'id-number' && parsed.pages[0]!.fields[0]!.personal, 'identity');
  assert.equal(issues(form([page([{ id: 'idNo', type: 'id-number', label: L('身份证号', 'ID number'), personal: 'health' }])])).length, 1);
  const two = form([page([{ id: 'a', type: 'name', label: L('姓名', 'Name'), fillFrom: 'card' }, { id: 'b', type: 'name', label: L('姓名', 'Name'), fillFrom: 'card' }])]);
  assert.equal(issues(two), ['pages.0.fields.1.fillFrom: only one name field can be filled from the card']);
});

test('every text needs both languages, and a version is a positive whole number', () => {
  const def = form([page([{ id: 'a', type: 'yes-no', label: { zh: '是否' } }])]);
  assert.equal(issues(def), ['pages.0.fields.0.label.en: Invalid input: expected string, received undefined']);
  assert.ok(issues({ ...form([page([yes('a')])]), version: 0 }).some((i) => i.startsWith('version:')));
  assert.ok(issues({ ...form([page([yes('a')])]), version: 1.5 }).some((i) => i.startsWith('version:')));
});

test('the union tells kinds apart and checks each by its own schema', () => {
  const base = { id: 'x-calc', functions: ['7.1.3'], label: L('试算', 'Estimate'), title: L('试算', 'Estimate'), version: 1 };
  assert.ok(issues({ ...base, kind: 'unknown' })[0]!.startsWith('kind:'));
  // Each kind by its own schema: a catalogue's source, a screen's preset (the calculator's own checks are in calculator.test.ts).
  assert.ok(issues({ ...base, id: 'x-list', kind: 'catalogue', source: 'recipes' })[0]!.startsWith('source:'));
  const screen = { ...base, id: 'jobs-x', kind: 'screen', open: 'jobs', serves: ['search'], preset: { programme: 'local' } };
  assert.ok(issues(screen)[0]!.startsWith('preset.programme:'));
});

test.run();

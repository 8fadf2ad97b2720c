import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ExprError, namesIn, parseExpr, showExpr } from './calc-expr.ts';
import { evaluate, roundTo, typeOf, type Band, type ExprType, type Value } from './calc-eval.ts';

const TABLE: Band[] = [{ from: 1, to: 5, value: 12 }, { from: 5, to: 10, value: 18 }, { from: 10, to: null, value: 24 }];

/** Evaluates a rule over these values (and the table above as `months`), noting the bands it used. */
function run(src: string, values: Record<string, Value> = {}): { value: Value; bands: Band[] } {
  const bands: Band[] = [];
  const value = evaluate(parseExpr(src), {
    value: (n) => values[n]!,
    brackets: () => TABLE,
    looked: (_t, _x, b) => bands.push(b),
  });
  return { value, bands };
}

const types = new Map<string, ExprType>([
  ['years', 'number'], ['insured', 'boolean'], ['status', { text: ['unemployed', 'employed'] }], ['months', 'brackets'],
]);
const typeError = (src: string): string => {
  try {
    typeOf(parseExpr(src), types);
    return '';
  } catch (err) {
    assert.instance(err, ExprError);
    return (err as Error).message;
  }
};

test('arithmetic keeps the usual precedence, and parentheses win', () => {
  assert.is(run('1 + 2 * 3').value, 7);
  assert.is(run('(1 + 2) * 3').value, 9);
  assert.is(run('10 - 4 - 3').value, 3);
  assert.is(run('12 / 4 / 3').value, 1);
  assert.is(run('-2 * -3').value, 6);
  assert.is(run('years * 0.5', { years: 7 }).value, 3.5);
});

test('comparisons, and/or/not, if and pick', () => {
  assert.is(run('years >= 1 and years < 5', { years: 3 }).value, true);
  assert.is(run('not insured or years > 10', { insured: true, years: 2 }).value, false);
  assert.is(run("status == 'unemployed'", { status: 'unemployed' }).value, true);
  assert.is(run('if(years > 5, 18, 12)', { years: 7 }).value, 18);
  assert.is(run("pick(status, 'unemployed', 100, 'employed', 50, 0)", { status: 'employed' }).value, 50);
  assert.is(run("pick(status, 'unemployed', 100, 0)", { status: 'other' }).value, 0);
  // if takes only its branch: the other one would divide by zero.
  assert.is(run('if(years == 0, 0, 100 / years)', { years: 0 }).value, 0);
});

test('min, max, floor, ceil, abs, and round half away from zero exactly at two decimals', () => {
  assert.is(run('min(24, 18 + 9)').value, 24);
  assert.is(run('max(0, 3 - 5)').value, 0);
  assert.is(run('floor(2.7) + ceil(2.1) + abs(-1)').value, 6);
  assert.is(run('round(1.005, 2)').value, 1.01);
  assert.is(run('round(2.5)').value, 3);
  assert.is(roundTo(-2.5), -3);
  assert.is(roundTo(0.125, 2), 0.13);
  assert.is(roundTo(1234.5678, 2), 1234.57);
});

test('lookup finds the band a value falls in (from ≤ x < to) and says which', () => {
  assert.equal(run('lookup(months, 5)'), { value: 18, bands: [TABLE[1]!] });
  assert.is(run('lookup(months, 4.99)').value, 12);
  assert.is(run('lookup(months, 30)').value, 24);
  assert.throws(() => run('lookup(months, 0.5)'), /0\.5 is outside every band of months/);
});

test('a division by zero is an error, not Infinity', () => {
  assert.throws(() => run('1 / years', { years: 0 }), (e: Error) => e instanceof ExprError && /divides by zero/.test(e.message));
});

test('what is not the rule language is refused when read, saying where', () => {
  for (const [src, message] of [
    ['', /empty/],
    ['1 +', /ends too early/],
    ['years ** 2', /unexpected "\*"/],
    ['eval(1)', /no function "eval"/],
    ['process.exit()', /"\." at 8 is not part of the rule language/],
    ['min(1)', /min takes 2 to 10 arguments, not 1/],
    ["pick(status, 'a', 1)", /pick takes a key/],
    ["'open", /no closing '/],
    ['1 2', /unexpected "2" after a complete rule/],
    ['years = 1', /"=" at 7/],
  ] as const) {
    assert.throws(() => parseExpr(src), (e: Error) => e instanceof ExprError && message.test(e.message), src);
  }
});

test('types are checked before anything is computed', () => {
  assert.is(typeError('years + 1'), '');
  assert.is(typeError('lookup(months, years) * 2'), '');
  assert.match(typeError('years + insured'), '"+" needs a number, got a boolean');
  assert.match(typeError("status == 'retired'"), "'retired' is not an option (unemployed, employed)");
  assert.match(typeError('status == 1'), 'compares a text with a number');
  assert.match(typeError('months * 2'), 'read it with lookup(months');
  assert.match(typeError('lookup(years, 2)'), 'lookup needs a bracket table first');
  assert.match(typeError('if(years, 1, 2)'), 'the condition of if needs a boolean');
  assert.match(typeError('if(insured, 1, true)'), 'the two results of if differ');
  assert.match(typeError('wage * 2'), '"wage" is not an input, a parameter or an earlier step');
  assert.match(typeError("pick(status, 'gone', 1, 0)"), "'gone' is not an option");
});

test('namesIn lists what a rule reads', () => {
  assert.equal(namesIn(parseExpr('min(24, lookup(months, years) + unclaimed) * years')), ['months', 'years', 'unclaimed']);
});

test('a rule is written back with the parentheses its meaning needs, and with numbers put in', () => {
  for (const src of ['min(24, lookup(months, years) + unclaimed)', '(a + b) * c', 'a - (b - c)', 'a / (b * c)', 'not (a and b) or c', '-(a + b)', "if(x == 'y', 1, 2)"]) {
    assert.is(showExpr(parseExpr(src)), src);
  }
  const put = (e: ReturnType<typeof parseExpr>) => (e.t === 'name' ? '7' : e.t === 'call' && e.fn === 'lookup' ? '18' : null);
  assert.is(showExpr(parseExpr('min(24, lookup(months, years) + unclaimed) * monthly'), put), 'min(24, 18 + 7) * 7');
});

test.run();

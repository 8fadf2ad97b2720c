import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileCalculator, type CalculatorFlow } from '../hub-server/src/contract/index.ts';
import { loadCatalogue } from '../hub-server/src/infra/content.ts';
import { loadFlows } from '../hub-server/src/features/flows/load.ts';
import { calculate } from '../hub-server/src/features/calculators/calculate.ts';
import { timeline } from '../hub-server/src/features/calculators/figures.ts';

/**
 * The rule cases written beside each calculator's rules (content/flows/<calculator>.json `cases`), run against
 * the figures of the file itself, as the hub computes them. A rule changed without its cases fails here.
 */

const dir = fileURLToPath(new URL('.', import.meta.url));
const calculators = loadFlows(dir, loadCatalogue(dir)).map((f) => f.definition).filter((d): d is CalculatorFlow => d.kind === 'calculator');

test('every function that declares a calculator has one, each with rule cases', () => {
  const served = new Set(calculators.flatMap((c) => c.functions));
  assert.equal([...served].sort(), ['5.1.7', '5.1.8', '6.1.9', '7.1.10', '7.1.11', '7.1.12', '7.1.13', '7.1.3', '7.1.7']);
  for (const c of calculators) assert.ok(c.cases.length >= 3, `${c.id} has ${c.cases.length} cases`);
});

for (const def of calculators) {
  test(`${def.id}: its rule cases hold`, () => {
    const calc = { def, compiled: compileCalculator(def), timeline: (p: CalculatorFlow['parameters'][number]) => timeline(p, []) };
    const wrong: string[] = [];
    for (const c of def.cases) {
      let result;
      try {
        result = calculate(calc, c.inputs, c.asOf);
      } catch (err) {
        wrong.push(`${c.name}: ${(err as Error).message}`);
        continue;
      }
      for (const [id, want] of Object.entries(c.expect)) {
        const got = id === 'eligible' ? result.eligible : result.values[id];
        if (got !== want) wrong.push(`${c.name}: ${id} is ${String(got)}, the case expects ${String(want)}`);
      }
    }
    assert.equal(wrong, []);
  });
}

test('every figure marked as a demo value says so in its basis, in both languages', () => {
  for (const c of calculators) {
    for (const p of c.parameters.filter((x) => x.demo)) {
      assert.match(p.basis.zh, '演示值', `${c.id} ${p.id}`);
      assert.match(p.basis.en, /demo value/i, `${c.id} ${p.id}`);
    }
  }
});

test.run();

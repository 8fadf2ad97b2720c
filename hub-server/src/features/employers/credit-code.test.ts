import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { creditCheckCharacter, isValidCreditCode } from './credit-code.ts';

test('a code with its check character validates; every single-character change is caught', () => {
  const first17 = '91310000MA1FL0001';
  const code = first17 + creditCheckCharacter(first17);
  assert.ok(isValidCreditCode(code));
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  for (let i = 0; i < 17; i++) {
    const other = charset[(charset.indexOf(code[i]!) + 7) % 31]!;
    assert.not.ok(isValidCreditCode(code.slice(0, i) + other + code.slice(i + 1)), `position ${i}`);
  }
});

test('letters outside the set are refused', () => {
  assert.not.ok(isValidCreditCode('91310000MA1FL0001I'));
  assert.not.ok(isValidCreditCode('91310000ma1fl00015'));
});

test.run();

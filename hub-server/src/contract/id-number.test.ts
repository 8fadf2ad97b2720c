import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkCharacter, idNumberProblem, maskIdNumber, maskName, maskPhone } from './id-number.ts';

const today = new Date('2026-11-26T00:00:00Z');

test('the GB 11643 example number validates, and its check character is recomputed', () => {
  // The worked example of GB 11643-1999 (address 110105 北京朝阳, born 1949-12-31, sequence 921).
  assert.is(checkCharacter('11010519491231002'), 'X');
  assert.is(idNumberProblem('11010519491231002X', today), null);
});

test('every single-digit typo is caught by the checksum', () => {
  const good = '11010519491231002X';
  let caught = 0;
  let tried = 0;
  for (let i = 14; i < 17; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) === good[i]) continue;
      tried++;
      if (idNumberProblem(good.slice(0, i) + d + good.slice(i + 1), today) === 'checksum') caught++;
    }
  }
  assert.is(caught, tried);
});

test('format, region and birth date are each named', () => {
  assert.is(idNumberProblem('1101051949123100', today), 'format');
  assert.is(idNumberProblem('11010519491231002x', today), 'format');
  assert.is(idNumberProblem(`99010519491231002${checkCharacter('99010519491231002')}`, today), 'region');
  assert.is(idNumberProblem(`11010519490228002${checkCharacter('11010519490228002')}`, today), null);
  assert.is(idNumberProblem(`11010519490230002${checkCharacter('11010519490230002')}`, today), 'birth-date');
  assert.is(idNumberProblem(`11010520991231002${checkCharacter('11010520991231002')}`, today), 'birth-date');
});

test('masks: the ID number keeps 4 + 4, the name its first character, the phone its last 4', () => {
  assert.is(maskIdNumber('11010519491231002X'), '1101**********002X');
  assert.is(maskName('张三'), '张*');
  assert.is(maskName('欧阳娜娜'), '欧***');
  assert.is(maskPhone('13812345678'), '138****5678');
  assert.is(maskPhone('021-59990000'), '021-****0000');
});

test.run();

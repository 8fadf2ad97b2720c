import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SimLedBoard } from './led-board.ts';

const area = (over: Partial<Parameters<SimLedBoard['area']>[0]>) => ({ correlationId: 'c', area: 'ticker' as const, text: 'x', effect: 'scroll-left' as const, mode: 'normal' as const, timeoutS: 0, ...over });

test('window lines and text areas all go to RAM: a thousand updates write flash not once', async () => {
  const board = new SimLedBoard(() => {});
  for (let i = 0; i < 500; i++) {
    await board.show(3, `请 A${i} 号到 3 号窗口`, null);
    await board.area(area({ text: `滚动字幕 ${i}` }));
  }
  const v = board.view();
  assert.is(v.ramWrites, 1000);
  assert.is(v.flashWrites, 0);
  assert.is(v.ticker, '滚动字幕 499');
  assert.equal(v.windows, [{ window: 3, text: '请 A499 号到 3 号窗口', brightness: 100 }]);
});

test('an exclusive alert hides everything else until it is cleared', async () => {
  const board = new SimLedBoard(() => {});
  await board.show(1, '请 B001 号到 1 号窗口', 80);
  await board.area(area({ text: '大厅服务时间 8:30–17:30' }));
  await board.area(area({ area: 'alert', text: '【演练 EXERCISE】消防演练', mode: 'exclusive', effect: 'static' }));
  assert.equal({ ...board.view(), at: '' }, { windows: [], ticker: null, alert: '【演练 EXERCISE】消防演练', ramWrites: 3, flashWrites: 0, at: '' });
  await board.area(area({ area: 'alert', text: null }));
  const v = board.view();
  assert.is(v.alert, null);
  assert.is(v.ticker, '大厅服务时间 8:30–17:30');
  assert.is(v.windows.length, 1);
});

test('an area with a timeout drops itself on the board when nobody clears it', async () => {
  const board = new SimLedBoard(() => {});
  let changes = 0;
  board.onChange(() => changes++);
  await board.area(area({ area: 'alert', text: '台风预警', mode: 'exclusive', timeoutS: 1 }));
  assert.is(board.view().alert, '台风预警');
  await new Promise((r) => setTimeout(r, 1100));
  assert.is(board.view().alert, null);
  assert.is(changes, 2, 'shown, then timed out');
  await board.close();
});

test('the stored program is the only flash write, and writing the same program again is none', () => {
  const board = new SimLedBoard(() => {});
  board.setProgram('市公共就业服务中心');
  board.setProgram('市公共就业服务中心');
  assert.is(board.view().flashWrites, 1);
  assert.is(board.view().ticker, '市公共就业服务中心', 'the program shows when no ticker is set');
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ticketSlip } from './slip.ts';

test('the ticket says where to sit until called, in both languages', () => {
  const doc = ticketSlip({
    hallName: { zh: '测试大厅', en: 'Test hall' }, number: 'B012', service: { zh: '求职登记', en: 'Job seeker registration' }, peopleAhead: 2, waitMinutes: 16,
    statusUrl: 'http://hall.test/s/x', waitingArea: { zh: '1楼 B 区座位', en: 'Ground floor, area B' }, issuedAt: new Date('2026-03-02T01:00:00Z'), timeZone: 'Asia/Shanghai',
  });
  const text = doc.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
  assert.match(text, '请在 1楼 B 区座位 等候');
  assert.match(text, 'Please wait in: Ground floor, area B');
  assert.match(text, 'B012 号');
  const without = ticketSlip({
    hallName: { zh: '测试大厅', en: 'Test hall' }, number: 'B013', service: { zh: '求职登记', en: 'Job seeker registration' }, peopleAhead: 0, waitMinutes: 0,
    statusUrl: 'http://hall.test/s/y', waitingArea: null, issuedAt: new Date('2026-03-02T01:00:00Z'), timeZone: 'Asia/Shanghai',
  });
  assert.not.match(without.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n'), '请在');
});

test.run();

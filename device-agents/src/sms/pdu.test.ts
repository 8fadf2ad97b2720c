import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { packSeptets, toSeptets } from './gsm-alphabet.ts';
import { decodeDeliver, decodeStatusReport, decodeSubmit, encodeAddress, encodeDeliver, encodeStatusReport, encodeSubmit, splitText } from './pdu.ts';

test('the textbook PDU: "hellohello" to +46708251358 packs to the published octets', () => {
  // The well-known example: 0011000B916407281553F80000AA0AE8329BFD4697D9EC37
  assert.is(encodeAddress('+46708251358').toString('hex').toUpperCase(), '0B916407281553F8');
  assert.is(packSeptets(toSeptets('hellohello')!).toString('hex').toUpperCase(), 'E8329BFD4697D9EC37');
  const [pdu] = encodeSubmit({ to: '+46708251358', text: 'hellohello', reference: 0, statusReport: false });
  assert.is(pdu!.hex, '0011000B916407281553F80000A70AE8329BFD4697D9EC37');
  assert.is(pdu!.tpduLength, 23);
});

test('Chinese goes as UCS2 with a mainland number in international form, asking for a delivery report', () => {
  const [pdu] = encodeSubmit({ to: '13800138000', text: '请A012号到3号窗口', reference: 7, statusReport: true });
  assert.match(pdu!.hex, /^0031000D91683108108300F00008A7/);
  const back = decodeSubmit(pdu!.hex);
  assert.is(back.to, '+8613800138000');
  assert.is(back.text, '请A012号到3号窗口');
  assert.ok(back.statusReport);
  assert.is(back.concat, null);
});

test('a long Chinese message is split into 67-character parts joined by one reference', () => {
  const text = '您好，这是大厅的招聘会通知。'.repeat(10); // 140 characters
  const pdus = encodeSubmit({ to: '13800138000', text, reference: 200, statusReport: true });
  assert.is(pdus.length, 3);
  const parts = pdus.map((p) => decodeSubmit(p.hex));
  assert.equal(parts.map((p) => p.concat), [1, 2, 3].map((seq) => ({ reference: 200, total: 3, seq })));
  assert.ok(parts.every((p) => [...p.text].length <= 67));
  assert.is(parts.map((p) => p.text).join(''), text);
  assert.ok(pdus.every((p) => p.tpduLength <= 140 + 15), 'each part fits one SMS');
});

test('a long 7-bit message: 153 septets a part after the header, escapes never split', () => {
  const text = `${'a'.repeat(152)}€${'b'.repeat(100)}`;
  assert.equal(splitText(text).parts.map((p) => toSeptets(p)!.length), [152, 102]);
  const pdus = encodeSubmit({ to: '13800138000', text, reference: 1, statusReport: false });
  assert.is(pdus.map((p) => decodeSubmit(p.hex).text).join(''), text);
  assert.is(splitText('x'.repeat(160)).parts.length, 1);
  assert.is(splitText('x'.repeat(161)).parts.length, 2);
});

test('replies and delivery reports decode', () => {
  const reply = decodeDeliver(encodeDeliver('13800138000', '退订'));
  assert.equal({ from: reply.from, text: reply.text }, { from: '+8613800138000', text: '退订' });
  assert.is(decodeDeliver(encodeDeliver('13800138000', 'TD')).text, 'TD');
  const report = decodeStatusReport(encodeStatusReport(42, '13800138000', 0x00));
  assert.equal(report, { reference: 42, recipient: '+8613800138000', status: 0, delivered: true, final: true });
  assert.is(decodeStatusReport(encodeStatusReport(3, '13800138000', 0x41)).delivered, false);
  assert.is(decodeStatusReport(encodeStatusReport(3, '13800138000', 0x21)).final, false, 'the network is still trying');
});

test.run();

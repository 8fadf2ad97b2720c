import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PrintDocument } from '@jobhall/hub-server/contract';
import { encodeDocument } from './encoder.ts';
import { decodeEscPos, renderPaper } from './decoder.ts';
import { decodeStatus, isStatusByte } from './status.ts';

const hex = (b: Uint8Array | number[]) => Buffer.from(b).toString('hex');

test('Chinese text is GB18030 inside FS & … FS .', () => {
  const { bytes } = encodeDocument(PrintDocument.parse({ kind: 'test', blocks: [{ type: 'text', text: 'A012 号' }] }));
  // 号 is ba c5 in GB18030
  assert.ok(hex(bytes).includes('1c26' + '41303132' + '20' + 'bac5' + '1c2e'), hex(bytes));
  assert.ok(hex(bytes).startsWith('1b40'), 'starts with ESC @');
  assert.ok(hex(bytes).endsWith('1d564200'), 'ends with GS V 66 0 (feed and cut)');
});

test('plain ASCII lines carry no Chinese-mode switch', () => {
  const { bytes } = encodeDocument(PrintDocument.parse({ kind: 'test', blocks: [{ type: 'text', text: 'Window 3' }] }));
  assert.not.ok(hex(bytes).includes('1c26'));
});

test('QR codes use the native GS ( k model 2 command', () => {
  const url = 'http://hall.test/s/abc';
  const { bytes } = encodeDocument(PrintDocument.parse({ kind: 'test', blocks: [{ type: 'qr', data: url }] }));
  const h = hex(bytes);
  assert.ok(h.includes('1d286b0400314132' + '00'), 'fn 165 model 2');
  assert.ok(h.includes('1d286b030031430' + '6'), 'fn 167 module size 6');
  const len = url.length + 3;
  assert.ok(h.includes('1d286b' + len.toString(16).padStart(2, '0') + '00' + '315030' + Buffer.from(url).toString('hex')), 'fn 180 store');
  assert.ok(h.includes('1d286b0300315130'), 'fn 181 print');
});

test('the decoder reads back what the encoder wrote', () => {
  const doc = PrintDocument.parse({
    kind: 'ticket',
    blocks: [
      { type: 'text', text: '市公共就业服务中心', align: 'center', bold: true },
      { type: 'rule' },
      { type: 'text', text: 'B012 号', align: 'center', size: 4 },
      { type: 'qr', data: 'http://hall.test/s/xyz' },
      { type: 'text', text: '扫码查看 Scan', align: 'right' },
    ],
  });
  const [job, ...more] = decodeEscPos(encodeDocument(doc).bytes);
  assert.is(more.length, 0);
  assert.ok(job!.cut);
  assert.equal(job!.unknown, []);
  const texts = job!.lines.map((l) => l.text).filter(Boolean);
  assert.equal(texts, ['市公共就业服务中心', '-'.repeat(48), 'B012 号', '[QR] http://hall.test/s/xyz', '扫码查看 Scan']);
  const big = job!.lines.find((l) => l.text === 'B012 号')!;
  assert.is(big.size, 4);
  assert.is(big.align, 'center');
  assert.ok(job!.lines.find((l) => l.text.startsWith('市'))!.bold);
  assert.equal(job!.qr, ['http://hall.test/s/xyz']);
  assert.match(renderPaper(job!), /B {3}0 {3}1 {3}2 {3}  {3}号/);
});

test('characters a printer font cannot hold become "?" and are counted', () => {
  const { bytes, unprintable } = encodeDocument(PrintDocument.parse({ kind: 'test', blocks: [{ type: 'text', text: '𠮷野家' }] }));
  assert.is(unprintable, 1);
  assert.is(decodeEscPos(bytes)[0]!.lines[0]!.text, '?野家');
});

test('control characters in text print as "?" and never act as printer commands', () => {
  // ESC @ (reset), GS V 0 (cut), ESC p (cash drawer), DLE EOT (status), in Chinese and in ASCII lines.
  const text = ['保安\x1b@\x1dV\x00队长', 'Guard\x1bp\x00\x19\xfa\x10\x04\x01'];
  const { bytes, unprintable } = encodeDocument(PrintDocument.parse({ kind: 'test', blocks: text.map((t) => ({ type: 'text', text: t })) }));
  assert.is(unprintable, 9);
  const [job, ...more] = decodeEscPos(bytes);
  assert.is(more.length, 0, 'one job: no injected reset or cut split it');
  assert.equal(job!.unknown, []);
  assert.equal(job!.statusRequests, []);
  assert.equal(job!.lines.map((l) => l.text).filter(Boolean), ['保安?@?V?队长', 'Guard?p??\u00fa???']);
});

test('DLE EOT answers decode to faults', () => {
  const ok = { printer: 0x12, offlineCause: 0x12, errorCause: 0x12, paper: 0x12 };
  assert.equal(decodeStatus(ok), { faults: [], paperNearEnd: false, statusKnown: true });
  assert.equal(decodeStatus({ ...ok, paper: 0x12 | 0x0c }).paperNearEnd, true);
  assert.equal(decodeStatus({ ...ok, printer: 0x1a, paper: 0x12 | 0x6c, offlineCause: 0x32 }).faults, ['paper-out']);
  assert.equal(decodeStatus({ ...ok, printer: 0x1a, offlineCause: 0x16 }).faults, ['cover-open']);
  assert.equal(decodeStatus({ ...ok, errorCause: 0x1a }).faults, ['cutter-error']);
  assert.equal(decodeStatus({ ...ok, printer: 0x1a }).faults, ['offline']);
  assert.equal(decodeStatus({ printer: null, offlineCause: null, errorCause: null, paper: null }).statusKnown, false);
  assert.equal(decodeStatus({ ...ok, paper: 0xff }).faults, ['unreachable'], 'not a status byte');
  assert.ok(isStatusByte(0x12));
  assert.not.ok(isStatusByte(0x13));
});

test.run();

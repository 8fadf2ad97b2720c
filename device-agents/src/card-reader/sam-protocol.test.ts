import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SAM, decodeBaseInfo, encodeBaseInfo, parseSamResponse, samCommand, samResponse } from './sam-protocol.ts';

const hex = (b: Buffer) => b.toString('hex').toUpperCase().match(/../g)!.join(' ');

test('command frames are the ones readers document: find, select, read base info', () => {
  assert.is(hex(samCommand(SAM.findCard)), 'AA AA AA 96 69 00 03 20 01 22');
  assert.is(hex(samCommand(SAM.selectCard)), 'AA AA AA 96 69 00 03 20 02 21');
  assert.is(hex(samCommand(SAM.readBase)), 'AA AA AA 96 69 00 03 30 01 32');
});

test('a response is found after noise, split across reads, and its checksum checked', () => {
  // A reader's documented answer to "find card": 9F, card found, with four bytes of card IIN.
  const found = Buffer.from('AAAAAA9669000800009F0000000097', 'hex');
  const parsed = parseSamResponse(Buffer.concat([Buffer.from([0x00, 0x13]), found]))!;
  assert.is(parsed.response.sw3, 0x9f);
  assert.is(parsed.used, found.length + 2);
  assert.is(parseSamResponse(found.subarray(0, 9)), null, 'half a frame: wait for more');
  const broken = Buffer.from(found);
  broken[broken.length - 1] = broken[broken.length - 1]! ^ 1;
  assert.throws(() => parseSamResponse(broken), /checksum/);
});

test('base info decodes the UCS-2LE text fields; the frame is the documented 1295 bytes', () => {
  const data = encodeBaseInfo({ name: '张伟', gender: '1', nation: '01', birth: '19491231', address: '北京市东城区', idNumber: '11010519491231002X', issuer: '北京市公安局东城分局', validFrom: '20150101', validTo: '20350101' });
  const frame = samResponse(0x90, data);
  assert.is(frame.length, 1295);
  const info = decodeBaseInfo(parseSamResponse(frame)!.response.data);
  assert.is(info.name, '张伟');
  assert.is(info.idNumber, '11010519491231002X');
  assert.is(info.birth, '19491231');
  assert.is(info.issuer, '北京市公安局东城分局');
});

test.run();

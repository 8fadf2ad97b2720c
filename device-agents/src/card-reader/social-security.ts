import iconv from 'iconv-lite';

/**
 * Reading a social-security card (社会保障卡, the national card of MOHRSS, LD/T 32): ISO 7816-4 APDUs over any
 * transport that carries them. The social-security environment is selected by its name "sx1.sh.社会保障"
 * (GBK), then the cardholder file EF06, and two records of it read by tag: 08, the social security number (the
 * holder's ID number, 18 characters), and 09, the name (30 bytes, GBK, padded). EF05 and EF06 need no PIN.
 */
export const SSSE_NAME = Buffer.concat([Buffer.from('sx1.sh.'), iconv.encode('社会保障', 'gbk')]);
export const SELECT_SSSE = Buffer.concat([Buffer.from([0x00, 0xa4, 0x04, 0x00, SSSE_NAME.length]), SSSE_NAME]);
export const SELECT_EF06 = Buffer.from([0x00, 0xa4, 0x02, 0x00, 0x02, 0xef, 0x06]);
/** READ RECORD, P2 = 00: P1 is the data item's tag. */
export const readItem = (tag: number, length: number) => Buffer.from([0x00, 0xb2, tag, 0x00, length]);
export const TAG_ID_NUMBER = 0x08;
export const TAG_NAME = 0x09;

/** Sends one APDU and resolves with the card's answer (data then SW1 SW2). */
export type Transmit = (apdu: Buffer) => Promise<Buffer>;

/**
 * Sends an APDU and follows the T=0 conventions: 61xx, fetch the answer with GET RESPONSE; 6Cxx, send again
 * with the length the card asked for. Resolves with the data of a 9000 answer; rejects with the status word.
 */
export async function command(transmit: Transmit, apdu: Buffer): Promise<Buffer> {
  let answer = await transmit(apdu);
  for (let i = 0; i < 4; i++) {
    const sw1 = answer[answer.length - 2];
    const sw2 = answer[answer.length - 1]!;
    if (sw1 === 0x61) answer = await transmit(Buffer.from([0x00, 0xc0, 0x00, 0x00, sw2]));
    else if (sw1 === 0x6c) answer = await transmit(Buffer.from([...apdu.subarray(0, 4), sw2]));
    else break;
  }
  const sw = answer.readUInt16BE(answer.length - 2);
  if (sw !== 0x9000) throw new Error(`card answered ${sw.toString(16).toUpperCase()} to ${apdu.subarray(0, 4).toString('hex')}`);
  return answer.subarray(0, answer.length - 2);
}

/** A data item as the card gives it: TLV (tag, length, value) where the card sends it so, else the bare value. */
export function itemValue(tag: number, raw: Buffer): Buffer {
  return raw.length >= 2 && raw[0] === tag && raw[1] === raw.length - 2 ? raw.subarray(2) : raw;
}

/** Text of an "an" item: left-aligned, padded on the right with 00 (or spaces, or FF on some cards). */
export function itemText(value: Buffer): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === 0x00 || value[end - 1] === 0x20 || value[end - 1] === 0xff)) end--;
  return iconv.decode(value.subarray(0, end), 'gbk').trim();
}

/** Reads the holder's ID number and name from a powered card. */
export async function readSocialSecurityCard(transmit: Transmit): Promise<{ idNumber: string; name: string }> {
  await command(transmit, SELECT_SSSE);
  await command(transmit, SELECT_EF06);
  const idNumber = itemText(itemValue(TAG_ID_NUMBER, await command(transmit, readItem(TAG_ID_NUMBER, 18))));
  const name = itemText(itemValue(TAG_NAME, await command(transmit, readItem(TAG_NAME, 30))));
  return { idNumber: idNumber.toUpperCase(), name };
}

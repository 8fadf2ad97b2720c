/**
 * CCID messages over a serial line, as GemPC Twin-family readers speak it (documented by the open-source CCID
 * driver of pcsc-lite, ccid_serial.c): each USB CCID bulk message is framed as
 *   SYNC (03), CTRL (06 ACK), the CCID message (10-byte header + data), LRC (XOR of every byte before it).
 * The reader may echo each command before its answer; a NAK frame is 03 15 16; a card put in or taken out
 * is announced unasked as 50 03 or 50 02; bytes 80–FF alone are "wait, still working" (T=0 time requests).
 */
export const SYNC = 0x03;
export const ACK = 0x06;
export const NAK = 0x15;
export const NOTIFY_SLOT_CHANGE = 0x50;

/** CCID message types (USB CCID 1.1, §6). */
export const MSG = {
  iccPowerOn: 0x62,
  iccPowerOff: 0x63,
  getSlotStatus: 0x65,
  xfrBlock: 0x6f,
  dataBlock: 0x80,
  slotStatus: 0x81,
} as const;

export interface CcidMessage {
  type: number;
  slot: number;
  seq: number;
  /** The three type-specific header bytes: bStatus, bError and one more in the reader's answers. */
  params: [number, number, number];
  data: Buffer;
}

function lrc(bytes: Uint8Array): number {
  let x = 0;
  for (const b of bytes) x ^= b;
  return x;
}

export function encodeCcid(m: CcidMessage): Buffer {
  const header = Buffer.alloc(10);
  header[0] = m.type;
  header.writeUInt32LE(m.data.length, 1);
  header[5] = m.slot;
  header[6] = m.seq;
  header[7] = m.params[0];
  header[8] = m.params[1];
  header[9] = m.params[2];
  const framed = Buffer.concat([Buffer.from([SYNC, ACK]), header, m.data]);
  return Buffer.concat([framed, Buffer.from([lrc(framed)])]);
}

export type SerialEvent =
  | { kind: 'message'; message: CcidMessage }
  | { kind: 'nak' }
  | { kind: 'slot-change'; present: boolean }
  | { kind: 'time-request' };

/**
 * The first event in `bytes` and how many bytes it took, or null when more are needed. Unknown bytes are
 * skipped (a line that picked up noise resynchronises on the next SYNC).
 */
export function parseSerialEvent(bytes: Buffer): { event: SerialEvent; used: number } | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === NOTIFY_SLOT_CHANGE) {
      if (bytes.length < i + 2) return null;
      return { event: { kind: 'slot-change', present: (bytes[i + 1]! & 0x01) === 0x01 }, used: i + 2 };
    }
    if (b >= 0x80) return { event: { kind: 'time-request' }, used: i + 1 };
    if (b !== SYNC) {
      i++;
      continue;
    }
    if (bytes.length < i + 2) return null;
    const ctrl = bytes[i + 1]!;
    if (ctrl === NAK) {
      if (bytes.length < i + 3) return null;
      return { event: { kind: 'nak' }, used: i + 3 };
    }
    if (ctrl !== ACK) {
      i++;
      continue;
    }
    if (bytes.length < i + 12) return null;
    const len = bytes.readUInt32LE(i + 3);
    const end = i + 2 + 10 + len + 1;
    if (bytes.length < end) return null;
    if (lrc(bytes.subarray(i, end - 1)) !== bytes[end - 1]) throw new Error('CCID frame LRC wrong');
    const h = bytes.subarray(i + 2, i + 12);
    return {
      event: { kind: 'message', message: { type: h[0]!, slot: h[5]!, seq: h[6]!, params: [h[7]!, h[8]!, h[9]!], data: Buffer.from(bytes.subarray(i + 12, end - 1)) } },
      used: end,
    };
  }
  return null;
}

/** bmICCStatus of an answer's bStatus: 0 a card, powered; 1 a card, not powered; 2 no card. */
export function iccStatus(bStatus: number): 'active' | 'inactive' | 'absent' {
  const s = bStatus & 0x03;
  return s === 0 ? 'active' : s === 1 ? 'inactive' : 'absent';
}

/** bmCommandStatus: 0 done, 1 failed (bError says why), 2 time extension. */
export function commandFailed(bStatus: number): boolean {
  return (bStatus & 0xc0) === 0x40;
}

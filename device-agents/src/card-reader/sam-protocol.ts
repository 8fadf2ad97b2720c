/**
 * The serial protocol of the SAM modules in second-generation resident ID card readers (居民身份证阅读器,
 * GA 467 SAM; the UART protocol Huashi, Shensi, Eastcom and others publish). Every frame starts with the
 * preamble AA AA AA 96 69, then a two-byte big-endian length of what follows, then:
 *   host → reader: CMD, PARA, data, checksum
 *   reader → host: SW1, SW2, SW3 (the reader's status), data, checksum
 * The checksum is the XOR of every byte after the preamble except itself.
 */
export const PREAMBLE = Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69]);

export const SAM = {
  reset: [0x10, 0xff],
  status: [0x11, 0xff],
  samId: [0x12, 0xff],
  findCard: [0x20, 0x01],
  selectCard: [0x20, 0x02],
  readBase: [0x30, 0x01],
} as const;

/** SW3 codes: 90 done, 9F card found, 80 no card found, 81 select failed, 41 read failed, 10/11/21 frame errors. */
export const SW3 = { ok: 0x90, found: 0x9f, noCard: 0x80, selectFailed: 0x81, readFailed: 0x41 } as const;

function xor(bytes: Uint8Array): number {
  let x = 0;
  for (const b of bytes) x ^= b;
  return x;
}

/** A command frame: the preamble, length, CMD, PARA, data and checksum. */
export function samCommand(cmd: readonly [number, number], data: Uint8Array = new Uint8Array()): Buffer {
  const len = 2 + data.length + 1;
  const body = Buffer.from([len >> 8, len & 0xff, cmd[0], cmd[1], ...data]);
  return Buffer.concat([PREAMBLE, body, Buffer.from([xor(body)])]);
}

export interface SamResponse {
  sw1: number;
  sw2: number;
  sw3: number;
  data: Buffer;
}

/**
 * Finds the first whole response frame in `bytes`: the frame and how many bytes it took (noise before the
 * preamble included), or null when more bytes are needed. A frame whose checksum is wrong is an error.
 */
export function parseSamResponse(bytes: Buffer): { response: SamResponse; used: number } | null {
  const start = bytes.indexOf(PREAMBLE);
  if (start < 0 || bytes.length < start + 7) return null;
  const len = bytes.readUInt16BE(start + 5);
  const end = start + 7 + len;
  if (len < 4) throw new Error(`SAM frame too short (${len})`);
  if (bytes.length < end) return null;
  const body = bytes.subarray(start + 5, end - 1);
  if (xor(body) !== bytes[end - 1]) throw new Error('SAM frame checksum wrong');
  const payload = bytes.subarray(start + 7, end - 1);
  return { response: { sw1: payload[0]!, sw2: payload[1]!, sw3: payload[2]!, data: Buffer.from(payload.subarray(3)) }, used: end };
}

/** A response frame (what a reader sends), for the scripted test reader. */
export function samResponse(sw3: number, data: Uint8Array = new Uint8Array()): Buffer {
  const len = 3 + data.length + 1;
  const body = Buffer.from([len >> 8, len & 0xff, 0x00, 0x00, sw3, ...data]);
  return Buffer.concat([PREAMBLE, body, Buffer.from([xor(body)])]);
}

/** The text fields of the card, in order, with their widths in bytes of UCS-2 little-endian (256 in all). */
export const BASE_FIELDS = [
  ['name', 30], ['gender', 2], ['nation', 4], ['birth', 16], ['address', 70],
  ['idNumber', 36], ['issuer', 30], ['validFrom', 16], ['validTo', 16], ['reserved', 36],
] as const;

export type BaseInfo = Record<(typeof BASE_FIELDS)[number][0], string>;

/**
 * Decodes "read base info" data: text length (2 bytes BE, 256), photo length (2 bytes BE, 1024), the text in
 * UCS-2LE padded with spaces, then the photo (WLT-compressed, not decoded: the hall does not keep photos).
 */
export function decodeBaseInfo(data: Buffer): BaseInfo {
  if (data.length < 4) throw new Error('base info too short');
  const textLen = data.readUInt16BE(0);
  const text = data.subarray(4, 4 + textLen);
  if (text.length < 256) throw new Error(`base info text is ${text.length} bytes, not 256`);
  const out = {} as BaseInfo;
  let at = 0;
  for (const [field, width] of BASE_FIELDS) {
    out[field] = text.subarray(at, at + width).toString('utf16le').replace(/[\s\u0000]+$/u, '').trim();
    at += width;
  }
  return out;
}

/** The text block of a card, for the scripted test reader: each field UCS-2LE, padded with spaces. */
export function encodeBaseInfo(info: Partial<BaseInfo>, photo = Buffer.alloc(1024)): Buffer {
  const text = Buffer.concat(BASE_FIELDS.map(([field, width]) => {
    const b = Buffer.alloc(width, 0);
    for (let i = 0; i < width; i += 2) b.writeUInt16LE(0x20, i);
    Buffer.from(info[field] ?? '', 'utf16le').copy(b, 0, 0, width);
    return b;
  }));
  const lengths = Buffer.alloc(4);
  lengths.writeUInt16BE(text.length, 0);
  lengths.writeUInt16BE(photo.length, 2);
  return Buffer.concat([lengths, text, photo]);
}

import { fromSeptets, packSeptets, toSeptets, unpackSeptets } from './gsm-alphabet.ts';

/**
 * SMS PDUs (3GPP TS 23.040) for a GSM modem in PDU mode (AT+CMGF=0): SMS-SUBMIT to send, with GSM 7-bit or
 * UCS2 text (Chinese needs UCS2) and long messages split into parts joined by a user data header
 * (concatenated SMS, 8-bit reference); SMS-DELIVER and SMS-STATUS-REPORT to read what the modem receives.
 */

/** Characters per part: single and concatenated, for each coding. */
export const LIMITS = { gsm7: { single: 160, part: 153 }, ucs2: { single: 70, part: 67 } } as const;

export interface SubmitOptions {
  /** An 11-digit mainland number, or any number with + and country code. */
  to: string;
  text: string;
  /** The concatenation reference shared by the parts of one message (0–255). */
  reference: number;
  /** Ask the network for a delivery report of each part. */
  statusReport: boolean;
  /** Country code for national numbers, 86 for the mainland. */
  countryCode?: string;
}

export interface SubmitPdu {
  /** Hex of the whole PDU, SMSC field (00: use the SIM's) first, as AT+CMGS takes it. */
  hex: string;
  /** The length AT+CMGS=<n> wants: octets after the SMSC field. */
  tpduLength: number;
}

function semiOctets(digits: string): Buffer {
  const d = digits.length % 2 ? `${digits}F` : digits;
  const out = Buffer.alloc(d.length / 2);
  for (let i = 0; i < d.length; i += 2) out[i / 2] = parseInt(`${d[i + 1]}${d[i]}`, 16);
  return out;
}

function readSemiOctets(b: Buffer, digits: number): string {
  let s = '';
  for (const byte of b) s += `${(byte & 0x0f).toString(16)}${(byte >> 4).toString(16)}`;
  return s.slice(0, digits).toUpperCase();
}

/** The address field: digit count, type (91 international, 81 national/unknown), the digits as semi-octets. */
export function encodeAddress(number: string, countryCode = '86'): Buffer {
  const intl = number.startsWith('+') ? number.slice(1) : /^1[3-9]\d{9}$/.test(number) ? `${countryCode}${number}` : null;
  const digits = intl ?? number;
  if (!/^\d{1,20}$/.test(digits)) throw new Error(`not a phone number: ${number}`);
  return Buffer.concat([Buffer.from([digits.length, intl ? 0x91 : 0x81]), semiOctets(digits)]);
}

function decodeAddress(b: Buffer, at: number): { number: string; used: number } {
  const digits = b[at]!;
  const type = b[at + 1]!;
  const octets = Math.ceil(digits / 2);
  const raw = b.subarray(at + 2, at + 2 + octets);
  // Alphanumeric senders (type 0x50/D0) carry 7-bit text; digits count semi-octets.
  const number = (type & 0x70) === 0x50 ? fromSeptets(unpackSeptets(raw, Math.floor((digits * 4) / 7))) : readSemiOctets(raw, digits);
  return { number: (type & 0x70) === 0x10 ? `+${number}` : number, used: 2 + octets };
}

/** Splits a text into the parts of one message, choosing the coding. */
export function splitText(text: string): { coding: 'gsm7' | 'ucs2'; parts: string[] } {
  const septets = toSeptets(text);
  const coding = septets ? 'gsm7' : 'ucs2';
  const chars = [...text];
  const fits = coding === 'gsm7' ? septets!.length <= LIMITS.gsm7.single : text.length <= LIMITS.ucs2.single;
  if (fits) return { coding, parts: [text] };
  const parts: string[] = [];
  let current = '';
  for (const c of chars) {
    const next = current + c;
    // Never split an escape pair (7-bit) or a surrogate pair (UCS2) across parts.
    const size = coding === 'gsm7' ? toSeptets(next)!.length : next.length;
    if (size > LIMITS[coding].part) {
      parts.push(current);
      current = c;
    } else current = next;
  }
  if (current) parts.push(current);
  return { coding, parts };
}

/** Every SMS-SUBMIT PDU of one message: one for a short text, one per part for a long one. */
export function encodeSubmit(o: SubmitOptions): SubmitPdu[] {
  const { coding, parts } = splitText(o.text);
  const concatenated = parts.length > 1;
  return parts.map((part, i) => {
    const udh = concatenated ? Buffer.from([0x05, 0x00, 0x03, o.reference & 0xff, parts.length, i + 1]) : Buffer.alloc(0);
    let ud: Buffer;
    let udl: number;
    if (coding === 'gsm7') {
      const septets = toSeptets(part)!;
      const headerBits = udh.length * 8;
      const fill = (7 - (headerBits % 7)) % 7;
      ud = Buffer.concat([udh, packSeptets(septets, fill).subarray(0)]);
      // The packed text starts at bit `fill` of the first octet after the header.
      udl = (headerBits + fill) / 7 + septets.length;
    } else {
      ud = Buffer.concat([udh, Buffer.from(part, 'utf16le').swap16()]);
      udl = ud.length;
    }
    // First octet: SMS-SUBMIT (01), validity period relative (10), status report wanted (20), header present (40).
    const first = 0x01 | 0x10 | (o.statusReport ? 0x20 : 0) | (concatenated ? 0x40 : 0);
    const tpdu = Buffer.concat([
      Buffer.from([first, 0x00]), // message reference: the modem fills it in
      encodeAddress(o.to, o.countryCode),
      Buffer.from([0x00, coding === 'gsm7' ? 0x00 : 0x08, 0xa7, udl]), // PID, DCS, validity 24 h, UDL
      ud,
    ]);
    return { hex: `00${tpdu.toString('hex').toUpperCase()}`, tpduLength: tpdu.length };
  });
}

export interface UserData {
  text: string;
  /** Concatenation: reference, parts in all, this part's number (1-based). */
  concat: { reference: number; total: number; seq: number } | null;
}

function decodeUserData(b: Buffer, at: number, dcs: number, udhi: boolean): UserData {
  const udl = b[at]!;
  const ud = b.subarray(at + 1);
  let concat: UserData['concat'] = null;
  let headerOctets = 0;
  if (udhi) {
    headerOctets = ud[0]! + 1;
    for (let i = 1; i < headerOctets;) {
      const iei = ud[i]!;
      const len = ud[i + 1]!;
      if (iei === 0x00 && len === 3) concat = { reference: ud[i + 2]!, total: ud[i + 3]!, seq: ud[i + 4]! };
      if (iei === 0x08 && len === 4) concat = { reference: ud.readUInt16BE(i + 2), total: ud[i + 4]!, seq: ud[i + 5]! };
      i += 2 + len;
    }
  }
  const coding = (dcs & 0x0c) === 0x08 ? 'ucs2' : (dcs & 0x0c) === 0x04 ? '8bit' : 'gsm7';
  let text: string;
  if (coding === 'gsm7') {
    const fill = udhi ? (7 - ((headerOctets * 8) % 7)) % 7 : 0;
    const headerSeptets = udhi ? (headerOctets * 8 + fill) / 7 : 0;
    text = fromSeptets(unpackSeptets(ud.subarray(headerOctets), udl - headerSeptets, fill));
  } else {
    const body = Buffer.from(ud.subarray(headerOctets, udl));
    text = coding === 'ucs2' ? body.swap16().toString('utf16le') : body.toString('latin1');
  }
  return { text, concat };
}

function skipSmsc(b: Buffer): number {
  return 1 + b[0]!;
}

/** An SMS-SUBMIT as the modem (or a test's modem) reads it. */
export function decodeSubmit(hex: string): { to: string; statusReport: boolean } & UserData {
  const b = Buffer.from(hex, 'hex');
  let at = skipSmsc(b);
  const first = b[at]!;
  at += 2; // first octet, message reference
  const { number, used } = decodeAddress(b, at);
  at += used;
  const dcs = b[at + 1]!;
  at += 2; // PID, DCS
  const vpf = (first >> 3) & 0x03;
  at += vpf === 0x02 ? 1 : vpf === 0 ? 0 : 7;
  return { to: number, statusReport: (first & 0x20) !== 0, ...decodeUserData(b, at, dcs, (first & 0x40) !== 0) };
}

/** An SMS-DELIVER: a message a phone sent to the hall's number. */
export function decodeDeliver(hex: string): { from: string } & UserData {
  const b = Buffer.from(hex, 'hex');
  let at = skipSmsc(b);
  const first = b[at]!;
  at += 1;
  const { number, used } = decodeAddress(b, at);
  at += used;
  const dcs = b[at + 1]!;
  at += 2 + 7; // PID, DCS, service centre time stamp
  return { from: number, ...decodeUserData(b, at, dcs, (first & 0x40) !== 0) };
}

/**
 * An SMS-STATUS-REPORT: whether the part sent with message reference `reference` reached the phone. Status
 * 00–1F is delivered; 20–3F the network still tries; 40 and above it gave up.
 */
export function decodeStatusReport(hex: string): { reference: number; recipient: string; status: number; delivered: boolean; final: boolean } {
  const b = Buffer.from(hex, 'hex');
  let at = skipSmsc(b);
  const reference = b[at + 1]!;
  at += 2;
  const { number, used } = decodeAddress(b, at);
  at += used + 7 + 7; // service centre time stamp, discharge time
  const status = b[at]!;
  return { reference, recipient: number, status, delivered: status < 0x20, final: status < 0x20 || status >= 0x40 };
}

/** An SMS-DELIVER PDU, as a modem hands it over: for the scripted test modem. */
export function encodeDeliver(from: string, text: string): string {
  const { coding, parts } = splitText(text);
  if (parts.length > 1) throw new Error('one part only');
  const ud = coding === 'ucs2' ? Buffer.from(text, 'utf16le').swap16() : packSeptets(toSeptets(text)!);
  const udl = coding === 'ucs2' ? ud.length : toSeptets(text)!.length;
  const stamp = Buffer.from('62106021000000', 'hex');
  const pdu = Buffer.concat([Buffer.from([0x00, 0x04]), encodeAddress(from), Buffer.from([0x00, coding === 'ucs2' ? 0x08 : 0x00]), stamp, Buffer.from([udl]), ud]);
  return pdu.toString('hex').toUpperCase();
}

/** An SMS-STATUS-REPORT PDU: for the scripted test modem. */
export function encodeStatusReport(reference: number, recipient: string, status: number): string {
  const stamp = Buffer.from('62106021000000', 'hex');
  return Buffer.concat([Buffer.from([0x00, 0x06, reference]), encodeAddress(recipient), stamp, stamp, Buffer.from([status])]).toString('hex').toUpperCase();
}

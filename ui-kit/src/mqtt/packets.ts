/**
 * MQTT 3.1.1 packets (OASIS standard, 29 October 2014), the few a display or a lobby screen needs: CONNECT,
 * CONNACK, PUBLISH (QoS 0 and 1), PUBACK, SUBSCRIBE, SUBACK, UNSUBSCRIBE, UNSUBACK, PINGREQ, PINGRESP,
 * DISCONNECT. Pure byte work, no I/O. QoS 2 is never asked for, so the broker never sends it [MQTT-3.8.4-6].
 */

const enc = new TextEncoder();
const dec = new TextDecoder();

/** [MQTT-2.2.1] control packet types, the high nibble of the first byte. */
export const Type = {
  CONNECT: 1, CONNACK: 2, PUBLISH: 3, PUBACK: 4, SUBSCRIBE: 8, SUBACK: 9, UNSUBSCRIBE: 10, UNSUBACK: 11, PINGREQ: 12, PINGRESP: 13, DISCONNECT: 14,
} as const;
type T = typeof Type;

export interface ConnectOptions {
  clientId: string;
  username?: string;
  password?: string;
  keepaliveS: number;
  clean: boolean;
  will?: { topic: string; payload: string; qos: 0 | 1; retain: boolean };
}

export type Packet =
  | { type: T['CONNACK']; sessionPresent: boolean; returnCode: number }
  | { type: T['PUBLISH']; topic: string; payload: Uint8Array; qos: 0 | 1 | 2; retain: boolean; dup: boolean; id: number | null }
  | { type: T['PUBACK'] | T['UNSUBACK']; id: number }
  | { type: T['SUBACK']; id: number; granted: number[] }
  | { type: T['PINGRESP'] };

/** [MQTT-2.2.3] Remaining Length: 7 bits a byte, high bit = more follows, at most four bytes. */
function varint(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

/** [MQTT-1.5.3] a UTF-8 string: a two-byte length, then the bytes. */
function str(s: string | Uint8Array): number[] {
  const b = typeof s === 'string' ? enc.encode(s) : s;
  if (b.length > 0xffff) throw new Error('an MQTT string is at most 65,535 bytes');
  return [b.length >> 8, b.length & 0xff, ...b];
}

function frame(first: number, body: number[] | Uint8Array): Uint8Array {
  const len = varint(body.length);
  const out = new Uint8Array(1 + len.length + body.length);
  out[0] = first;
  out.set(len, 1);
  out.set(body, 1 + len.length);
  return out;
}

export function connect(o: ConnectOptions): Uint8Array {
  // [MQTT-3.1.2-3] flags: 7 user name, 6 password, 5 will retain, 4–3 will QoS, 2 will, 1 clean session.
  let flags = o.clean ? 0x02 : 0;
  const payload = [...str(o.clientId)];
  if (o.will) {
    flags |= 0x04 | (o.will.qos << 3) | (o.will.retain ? 0x20 : 0);
    payload.push(...str(o.will.topic), ...str(enc.encode(o.will.payload)));
  }
  if (o.username !== undefined) {
    flags |= 0x80;
    payload.push(...str(o.username));
  }
  if (o.password !== undefined) {
    flags |= 0x40;
    payload.push(...str(o.password));
  }
  // [MQTT-3.1.2-1] protocol name "MQTT", [MQTT-3.1.2-2] level 4 = 3.1.1.
  return frame(Type.CONNECT << 4, [...str('MQTT'), 4, flags, o.keepaliveS >> 8, o.keepaliveS & 0xff, ...payload]);
}

export function publish(topic: string, payload: Uint8Array, qos: 0 | 1, retain: boolean, id: number, dup = false): Uint8Array {
  const body = [...str(topic), ...(qos ? [id >> 8, id & 0xff] : [])];
  const all = new Uint8Array(body.length + payload.length);
  all.set(body);
  all.set(payload, body.length);
  return frame((Type.PUBLISH << 4) | (dup ? 0x08 : 0) | (qos << 1) | (retain ? 1 : 0), all);
}

export function puback(id: number): Uint8Array {
  return frame(Type.PUBACK << 4, [id >> 8, id & 0xff]);
}

/** [MQTT-3.8.1-1] SUBSCRIBE and UNSUBSCRIBE carry the fixed-header flags 0010. */
export function subscribe(id: number, filter: string, qos: 0 | 1): Uint8Array {
  return frame((Type.SUBSCRIBE << 4) | 0x02, [id >> 8, id & 0xff, ...str(filter), qos]);
}

export function unsubscribe(id: number, filter: string): Uint8Array {
  return frame((Type.UNSUBSCRIBE << 4) | 0x02, [id >> 8, id & 0xff, ...str(filter)]);
}

export const pingreq = () => frame(Type.PINGREQ << 4, []);
export const disconnect = () => frame(Type.DISCONNECT << 4, []);

/**
 * Reads whole packets from a byte stream that arrives in pieces: a WebSocket message may hold several
 * packets or part of one [MQTT-6.0.0-4 leaves framing to the stream].
 */
export class PacketReader {
  private buf = new Uint8Array(0);

  push(chunk: Uint8Array): Packet[] {
    const joined = new Uint8Array(this.buf.length + chunk.length);
    joined.set(this.buf);
    joined.set(chunk, this.buf.length);
    this.buf = joined;
    const out: Packet[] = [];
    for (;;) {
      if (this.buf.length < 2) break;
      let len = 0;
      let mult = 1;
      let i = 1;
      let complete = false;
      for (; i < 5 && i < this.buf.length; i++) {
        len += (this.buf[i]! & 0x7f) * mult;
        mult *= 128;
        if (!(this.buf[i]! & 0x80)) {
          complete = true;
          break;
        }
      }
      if (!complete) {
        if (i >= 5) throw new Error('malformed remaining length');
        break;
      }
      const start = i + 1;
      if (this.buf.length < start + len) break;
      const p = parse(this.buf[0]!, this.buf.subarray(start, start + len));
      if (p) out.push(p);
      this.buf = this.buf.slice(start + len);
    }
    return out;
  }
}

function parse(first: number, b: Uint8Array): Packet | null {
  const u16 = (at: number) => (b[at]! << 8) | b[at + 1]!;
  switch (first >> 4) {
    case Type.CONNACK:
      return { type: Type.CONNACK, sessionPresent: (b[0]! & 1) === 1, returnCode: b[1]! };
    case Type.PUBLISH: {
      const qos = ((first >> 1) & 3) as 0 | 1 | 2;
      const tlen = u16(0);
      const topic = dec.decode(b.subarray(2, 2 + tlen));
      const id = qos ? u16(2 + tlen) : null;
      return { type: Type.PUBLISH, topic, qos, retain: (first & 1) === 1, dup: (first & 8) === 8, id, payload: b.slice(2 + tlen + (qos ? 2 : 0)) };
    }
    case Type.PUBACK:
    case Type.UNSUBACK:
      return { type: (first >> 4) as T['PUBACK'] | T['UNSUBACK'], id: u16(0) };
    case Type.SUBACK:
      return { type: Type.SUBACK, id: u16(0), granted: [...b.subarray(2)] };
    case Type.PINGRESP:
      return { type: Type.PINGRESP };
    default:
      return null;
  }
}

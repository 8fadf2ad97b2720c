import RandExp from 'randexp';

/** A small seeded generator (mulberry32): the same seed gives the same requests, so a failure can be replayed. */
export class Rng {
  private s: number;

  constructor(readonly seed: number) {
    this.s = seed >>> 0;
  }

  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Strings that have broken parsers, databases, printers and screens somewhere. */
const NASTY_STRINGS = [
  '', ' ', '\t\n', '\u0000', 'a\u0000b', '\ud800', '\udfff', 'x\ud83d', '\u202e检查\u202c', '\u200b\u200d\ufeff', 'e\u0301\u0301\u0301',
  '１２３４５６', '１３８００１３８０００', '１１０１０１１９９０１０１１２３４', '🧑‍🌾👷🏽‍♀️', '𠀀𪚥', '\u3000', '﻿', '\r\n\r\n', '\x1b@\x1dV\x00',
  '../../../../etc/passwd', '..%2f..%2fetc%2fpasswd', '%2e%2e%2f', '%00', '%', '%zz', '/', '\\', 'C:\\Windows\\win.ini', '~/.ssh/id_rsa',
  "' OR '1'='1' --", '1; DROP TABLE tickets; --', '"', "'", '`', '${7*7}', '{{7*7}}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  'javascript:alert(1)', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'NaN', 'Infinity', '-0', '1e309', 'null',
  'undefined', 'true', '0x10', '9007199254740993', '-1', '1.5', '2026-02-30', '2026-13-01T25:61:61Z', '0000-00-00', '9999-12-31T23:59:59.999Z',
  'A'.repeat(300), '号'.repeat(5000),
];

/** Any JSON value that a field of some other type would not expect. */
export function badValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 9 : 12)) {
    case 0: return rng.pick(NASTY_STRINGS);
    case 1: return rng.pick([0, -1, 1, -0, 1.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, Number.MIN_VALUE]);
    case 2: return rng.pick([true, false]);
    case 3: return null;
    case 4: return 'x'.repeat(rng.pick([1000, 65_536, 200_000]));
    case 5: return rng.pick(NASTY_STRINGS) + rng.pick(NASTY_STRINGS);
    case 6: return String.fromCharCode(...Array.from({ length: 1 + rng.int(40) }, () => rng.int(0x10000)));
    case 7: return rng.int(1000) - 500;
    case 8: return [];
    case 9: return Array.from({ length: rng.int(5) }, () => badValue(rng, depth + 1));
    case 10: return Object.fromEntries(Array.from({ length: rng.int(4) }, () => [rng.pick(NASTY_STRINGS), badValue(rng, depth + 1)]));
    // An own "__proto__" key, as JSON.parse makes it: what a prototype-pollution attempt looks like on the wire.
    default: return JSON.parse(`{"__proto__":${JSON.stringify(badValue(rng, depth + 1)) ?? 'null'},"constructor":{"prototype":{"polluted":true}}}`) as unknown;
  }
}

/** A JSON schema as fastify-swagger writes it from the zod contract (the parts generation reads). */
export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

function stringFor(rng: Rng, s: Schema): string {
  if (s.pattern) {
    try {
      const r = new RandExp(s.pattern.replace(/\\p\{[^}]+\}/gu, '\u4e00-\u9fa5'));
      r.randInt = (a: number, b: number) => a + rng.int(b - a + 1);
      r.max = 4;
      return r.gen();
    } catch {
      // a pattern randexp cannot read: fall through to a plain string
    }
  }
  if (s.format === 'uuid') return '01a24f0e-336d-7507-aebf-2afcbef40a79';
  if (s.format === 'date-time') return '2026-12-07T09:00:00.000Z';
  if (s.format === 'date') return '2026-12-07';
  if (s.format === 'email') return 'a@b.cn';
  if (s.format === 'uri') return 'http://hall.test/x';
  const len = Math.max(s.minLength ?? 1, Math.min(s.maxLength ?? 12, 6));
  return '测试'.repeat(len).slice(0, len);
}

/** A value that a schema accepts, most of the time: near-valid input reaches the handler, not only the validator. */
export function validish(rng: Rng, s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 6) return badValue(rng, 3);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return rng.pick(s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union?.length) return validish(rng, rng.pick(union), depth + 1);
  if (s.allOf?.length) return validish(rng, s.allOf[0], depth + 1);
  const type = Array.isArray(s.type) ? rng.pick(s.type) : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(key) || rng.chance(0.5)) out[key] = validish(rng, prop, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 1 + rng.int(2)));
      return Array.from({ length: n }, () => validish(rng, s.items, depth + 1));
    }
    case 'string': return stringFor(rng, s);
    case 'integer': return Math.max(s.minimum ?? 0, Math.min(s.maximum ?? 100, 1 + rng.int(10)));
    case 'number': return Math.max(s.minimum ?? 0, Math.min(s.maximum ?? 100, rng.next() * 10));
    case 'boolean': return rng.chance(0.5);
    case 'null': return null;
    default: return badValue(rng, 3);
  }
}

/** One thing wrong with a near-valid object: a field missing, of the wrong type, unknown, or nested badly. */
export function mutate(rng: Rng, value: unknown, s: Schema | undefined): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return rng.chance(0.5) ? badValue(rng) : value;
  const obj = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(s?.properties ?? obj);
  const key = keys.length ? rng.pick(keys) : 'x';
  switch (rng.int(5)) {
    case 0: delete obj[key]; break;
    case 1: obj[key] = badValue(rng); break;
    case 2: obj[rng.pick(['extra', '__proto__', 'constructor', 'id', 'role', 'isAdmin', rng.pick(NASTY_STRINGS)])] = badValue(rng); break;
    case 3: obj[key] = mutate(rng, obj[key], s?.properties?.[key]); break;
    default: for (const k of keys) if (rng.chance(0.3)) obj[k] = badValue(rng);
  }
  return obj;
}

/** Any value as text: JSON for objects (whose toString may be anything), the string itself otherwise. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
}

/** Percent-encoding that never throws: a lone surrogate goes out as U+FFFD, as a browser would send it. */
export function enc(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** Byte sequences that are not UTF-8 at all (overlong, surrogate, truncated): the decoder must refuse them. */
const BAD_ESCAPES = ['%ED%A0%80', '%C0%AF', '%FF', '%E4%B8', '%F4%90%80%80', '%C0%AE%C0%AE%2F'];

/** A path or query segment: sometimes plausible, mostly not, always URL-encoded the way a client might (or not). */
export function segment(rng: Rng, s?: Schema): string {
  const raw = text(rng.chance(0.3) ? validish(rng, s) : rng.chance(0.5) ? rng.pick(NASTY_STRINGS) : badValue(rng));
  if (rng.chance(0.1)) return rng.pick(BAD_ESCAPES);
  if (rng.chance(0.15)) return raw.replace(/[/?#\s]/g, '').slice(0, 2000) || 'x'; // sent raw: the router sees dots and percents
  return enc(raw.slice(0, 2000)) || '%20';
}

/** A request body as bytes on the wire: JSON of a (mutated) value, or something that is not JSON at all. */
export function bodyText(rng: Rng, value: unknown): string {
  switch (rng.int(12)) {
    case 0: return '{';
    case 1: return '{"a":1,}';
    case 2: return JSON.stringify(value).slice(0, -1);
    case 3: return '\ufeff' + JSON.stringify(value);
    case 4: return '[' + '['.repeat(5000) + ']'.repeat(5000) + ']';
    case 5: return '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    case 6: return '"just a string"';
    case 7: return 'null';
    default: return JSON.stringify(value) ?? 'null';
  }
}

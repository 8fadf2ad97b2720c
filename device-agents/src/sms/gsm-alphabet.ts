/**
 * The GSM 03.38 default alphabet (7-bit) and its extension table (reached with ESC, 0x1B). A message whose
 * every character is in them goes as 7-bit (160 characters a part); anything else — Chinese always — goes as
 * UCS2 (70 a part).
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION: Record<string, number> = { '\f': 0x0a, '^': 0x14, '{': 0x28, '}': 0x29, '\\': 0x2f, '[': 0x3c, '~': 0x3d, ']': 0x3e, '|': 0x40, '€': 0x65 };
const ESC = 0x1b;

const BASIC_INDEX = new Map([...BASIC].map((c, i) => [c, i]));
const EXTENSION_CHAR = new Map(Object.entries(EXTENSION).map(([c, v]) => [v, c]));

/** The septets of a text, or null when a character is not in the GSM alphabet. */
export function toSeptets(text: string): number[] | null {
  const out: number[] = [];
  for (const c of text) {
    const basic = BASIC_INDEX.get(c);
    if (basic !== undefined && basic !== ESC) out.push(basic);
    else if (EXTENSION[c] !== undefined) out.push(ESC, EXTENSION[c]!);
    else return null;
  }
  return out;
}

export function fromSeptets(septets: number[]): string {
  let out = '';
  for (let i = 0; i < septets.length; i++) {
    const s = septets[i]!;
    if (s === ESC && i + 1 < septets.length) out += EXTENSION_CHAR.get(septets[++i]!) ?? ' ';
    else out += BASIC[s] ?? '?';
  }
  return out;
}

/**
 * Packs septets into octets, the first septet starting `fillBits` into the data (after a user data header,
 * so the text begins on a septet boundary).
 */
export function packSeptets(septets: number[], fillBits = 0): Buffer {
  const bits = fillBits + septets.length * 7;
  const out = Buffer.alloc(Math.ceil(bits / 8));
  septets.forEach((s, i) => {
    const at = fillBits + i * 7;
    const byte = at >> 3;
    const shift = at & 7;
    out[byte]! |= (s << shift) & 0xff;
    if (shift > 1) out[byte + 1]! |= s >> (8 - shift);
  });
  return out;
}

export function unpackSeptets(octets: Buffer, count: number, fillBits = 0): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = fillBits + i * 7;
    const byte = at >> 3;
    const shift = at & 7;
    let s = (octets[byte]! >> shift) & 0x7f;
    if (shift > 1) s |= (octets[byte + 1]! << (8 - shift)) & 0x7f;
    out.push(s);
  }
  return out;
}

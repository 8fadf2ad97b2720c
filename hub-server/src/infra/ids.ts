import crypto from 'node:crypto';

/**
 * RFC 9562 UUID version 7: 48 bits of Unix milliseconds, a 12-bit counter, 62 random bits. Rows keyed by a
 * random v4 id land on a random page of every index that holds the id, so each ticket dirtied four more pages
 * than it needed and a commit wrote them all to the WAL; time-ordered ids append to the same few pages.
 * Still unguessable (62 random bits): the ticket status page is reached by its separate random token anyway.
 */
let lastMs = -1;
let counter = 0;
const pool = Buffer.alloc(16 * 256);
let poolAt = pool.length;

export function uuidv7(nowMs = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = crypto.randomInt(0, 0x800); // a random start leaves room to count up within the millisecond
  } else if (++counter > 0xfff) {
    lastMs += 1; // more than ~2,000 ids in one millisecond (or the clock went back): borrow the next one
    counter = 0;
  }
  if (poolAt === pool.length) {
    crypto.randomFillSync(pool);
    poolAt = 0;
  }
  const b = Buffer.from(pool.subarray(poolAt, poolAt + 16));
  poolAt += 16;
  b.writeUIntBE(lastMs, 0, 6);
  b[6] = 0x70 | (counter >> 8);
  b[7] = counter & 0xff;
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

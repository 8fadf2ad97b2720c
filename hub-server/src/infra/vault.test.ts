import { test } from 'uvu';
import * as assert from 'uvu/assert';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IdentityVault } from './vault.ts';

test('sealed text round-trips, differs each time, and does not contain the plain text', () => {
  const vault = new IdentityVault(crypto.randomBytes(32));
  const a = vault.seal('11010519491231002X');
  const b = vault.seal('11010519491231002X');
  assert.is.not(a, b);
  assert.not.ok(a.includes('1949'));
  assert.is(vault.unseal(a), '11010519491231002X');
});

test('a tampered seal is refused', () => {
  const vault = new IdentityVault(crypto.randomBytes(32));
  const [iv, tag, body] = vault.seal('张三').split('.');
  const flipped = Buffer.from(body!, 'base64url');
  flipped[0]! ^= 1;
  assert.throws(() => vault.unseal([iv, tag, flipped.toString('base64url')].join('.')));
});

test('lookup hashes are stable under one key and differ under another', () => {
  const key = crypto.randomBytes(32);
  assert.is(new IdentityVault(key).lookupHash('x'), new IdentityVault(key).lookupHash('x'));
  assert.is.not(new IdentityVault(key).lookupHash('x'), new IdentityVault(crypto.randomBytes(32)).lookupHash('x'));
});

test('the key file is created once, private to the hub user', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-'));
  const sealed = IdentityVault.open(dir).seal('abc');
  assert.is(fs.statSync(path.join(dir, 'identity.key')).mode & 0o777, 0o600);
  assert.is(IdentityVault.open(dir).unseal(sealed), 'abc');
  fs.rmSync(dir, { recursive: true, force: true });
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildApps } from '../build-apps.ts';
import { KIOSK_BUDGET_KB, initialChunks, kb, measure } from './bundles.ts';

test('the initial chunks are the entry and what it imports statically, not what it imports later', () => {
  const manifest = {
    'index.html': { file: 'assets/main.js', isEntry: true, imports: ['_lit.js'], dynamicImports: ['src/screen.ts'] },
    '_lit.js': { file: 'assets/lit.js', imports: ['_shared.js'] },
    '_shared.js': { file: 'assets/shared.js', imports: ['_lit.js'] },
    'src/screen.ts': { file: 'assets/screen.js', imports: ['_shared.js', '_keyboard.js'] },
    '_keyboard.js': { file: 'assets/keyboard.js' },
  };
  assert.equal(initialChunks(manifest, 'index.html').sort(), ['assets/lit.js', 'assets/main.js', 'assets/shared.js']);
});

test(`what /kiosk/ loads before the first screen stays within ${KIOSK_BUDGET_KB} KB gzipped`, async () => {
  await buildApps({ ifStale: true, quiet: true });
  const kiosk = measure('kiosk-ui');
  assert.ok(kb(kiosk.initial) <= KIOSK_BUDGET_KB, `the kiosk's initial JavaScript is ${kb(kiosk.initial).toFixed(1)} KB gzipped`);
  assert.ok(kiosk.initialFiles < kiosk.allFiles, 'screens are split into chunks of their own');
});

test.run();

// scratch: screenshots of kiosk pages (not committed)
import { startTestHall } from './e2e/hall.ts';
import { launchBrowser } from './e2e/browser.ts';
const hall = await startTestHall('embedded');
const chrome = await launchBrowser();
const paths = process.argv.slice(2);
for (const spec of paths) {
  const [path, size] = spec.split('@');
  const [w, h] = (size ?? '1080x1920').split('x').map(Number);
  const page = await chrome.browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', (e as Error).message));
  await page.setViewport({ width: w!, height: h! });
  await page.goto(`${hall.hub.baseUrl}${path}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 800));
  const file = `/tmp/shots/${path.replace(/[^a-z0-9]+/gi, '_')}_${w}x${h}.png`;
  await page.screenshot({ path: file });
  console.log(file);
  await page.close();
}
await chrome.close();
await hall.close();
process.exit(0);

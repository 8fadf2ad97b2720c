import { startTestHall } from './hall.ts';
import { launchBrowser, click } from './browser.ts';
const hall = await startTestHall('embedded');
const chrome = await launchBrowser();
try {
  const signage = await chrome.browser.newPage();
  await signage.goto(`${hall.hub.baseUrl}/signage/`, { waitUntil: 'networkidle0' });
  const admin = await chrome.browser.newPage();
  admin.on('console', (m) => console.log('console', m.type(), m.text()));
  admin.on('response', (r) => console.log('resp', r.status(), r.url()));
  await admin.goto(`${hall.hub.baseUrl}/admin/`, { waitUntil: 'networkidle0' });
  console.log('loaded');
  await (await admin.waitForSelector('pierce/#username'))!.type('admin');
  await (await admin.waitForSelector('pierce/#password'))!.type('jobhall-demo');
  console.log('typed');
  await click(admin, '#login');
  console.log('clicked');
  await new Promise((r) => setTimeout(r, 1500));
  await admin.screenshot({ path: '/tmp/admin.png' });
} finally { await chrome.close(); await hall.close(); }

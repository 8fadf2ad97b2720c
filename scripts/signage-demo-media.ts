/**
 * `node --import tsx scripts/signage-demo-media.ts`: draws the demo hall's poster images with Chromium into
 * content/signage/media/ and prints each file's SHA-256 for content/signage/demo.json. Run it again after
 * changing a poster; the hub never runs it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/browser.ts';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/signage/media');

const POSTERS: Record<string, string> = {
  'welcome.png': `
    <div style="height:100%;display:flex;flex-direction:column;justify-content:center;padding:0 90px;
      background:linear-gradient(135deg,#0a58a8 0%,#0d1b2a 70%);color:#fff;font-family:'WenQuanYi Micro Hei',sans-serif">
      <div style="font-size:44px;color:#ffd166;font-weight:700">欢迎 · Welcome</div>
      <div style="font-size:96px;font-weight:800;line-height:1.15;margin:18px 0">找工作、招员工<br>都可以来这里</div>
      <div style="font-size:40px;color:#cfe3ff">Find a job or hire staff: every service here is free</div>
      <div style="margin-top:48px;display:flex;gap:28px;font-size:36px">
        ${['自助取号 Tickets', '岗位查询 Jobs', '政策咨询 Policies', '创业服务 Start-ups'].map((t) => `<span style="background:#ffd166;color:#0d1b2a;border-radius:18px;padding:12px 26px;font-weight:700">${t}</span>`).join('')}
      </div>
    </div>`,
};

fs.mkdirSync(out, { recursive: true });
const chrome = await launchBrowser();
try {
  const page = await chrome.browser.newPage();
  await page.setViewport({ width: 1600, height: 900 });
  for (const [file, body] of Object.entries(POSTERS)) {
    await page.setContent(`<!doctype html><html><body style="margin:0;width:1600px;height:900px">${body}</body></html>`);
    const png = Buffer.from(await page.screenshot({ type: 'png' }));
    fs.writeFileSync(path.join(out, file), png);
    console.log(`${file}  ${crypto.createHash('sha256').update(png).digest('hex')}  ${png.length} bytes`);
  }
} finally {
  await chrome.close();
}

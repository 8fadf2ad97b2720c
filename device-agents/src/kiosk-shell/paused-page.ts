/**
 * What the kiosk shows while it cannot reach the hub: plainly that service is paused and that the screen
 * comes back by itself, in Chinese first and English, large enough to read from a step back. It asks nothing
 * of the visitor: the shell puts the page back as soon as the hub answers.
 */
export const PAUSED_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>服务暂停 Service paused</title>
<style>
  html, body { margin: 0; height: 100%; background: #0b3d6e; color: #fff; font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; }
  main { height: 100%; display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; padding: 48px; box-sizing: border-box; }
  h1 { font-size: 88px; margin: 0 0 24px; }
  p { font-size: 40px; line-height: 1.5; margin: 8px 0; }
  .en { font-size: 32px; opacity: .9; }
</style></head>
<body><main role="alert">
  <h1>服务暂停</h1>
  <p>本机暂时连不上大厅服务器，恢复后会自动继续。</p>
  <p>如需办理，请到服务窗口咨询工作人员。</p>
  <p class="en">Service paused: this kiosk cannot reach the hall's server.<br>It will carry on by itself as soon as it can.<br>Staff at the service windows can help you now.</p>
</main></body></html>`;

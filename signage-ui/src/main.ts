import '@jobhall/ui-kit/strict-csp';
import './signage-app.ts';

// The service worker keeps the player and its content for a start with the hub away (sw.ts). It needs a
// secure context: localhost, HTTPS, or a screen whose Chromium treats the hub's address as secure.
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/signage/sw.js', { scope: '/signage/', type: 'module' }).catch(() => {});

import '@jobhall/ui-kit/strict-csp';
import './kiosk-status-page.ts';

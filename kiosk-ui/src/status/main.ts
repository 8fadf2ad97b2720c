import './kiosk-status-page.ts';

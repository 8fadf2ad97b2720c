import './kiosk-app.ts';

import './kiosk-book-page.ts';

import '@jobhall/ui-kit/strict-csp';
import './kiosk-book-page.ts';

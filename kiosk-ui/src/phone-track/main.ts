import './phone-track-page.ts';

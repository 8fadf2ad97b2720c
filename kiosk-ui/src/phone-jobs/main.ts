import './phone-jobs-page.ts';

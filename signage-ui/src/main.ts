import './signage-app.ts';

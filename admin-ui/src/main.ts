import './admin-app.ts';

import '@jobhall/ui-kit/strict-csp';
import './admin-app.ts';

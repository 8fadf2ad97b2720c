import '@jobhall/ui-kit/strict-csp';
import './signage-app.ts';

import '@jobhall/ui-kit/strict-csp';
import './phone-jobs-page.ts';

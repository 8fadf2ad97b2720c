import '@jobhall/ui-kit/strict-csp';
import { KIOSK_ID_HEADER } from '@jobhall/hub-server/contract';
import { setDefaultHeaders } from '@jobhall/ui-kit';
import './kiosk-app.ts';

// Every request names this kiosk (the shell opens /kiosk/?kiosk=<id>): the hub's rate limit counts each
// kiosk apart, so kiosks behind one address never share a budget.
const kiosk = new URLSearchParams(location.search).get('kiosk');
if (kiosk) setDefaultHeaders({ [KIOSK_ID_HEADER]: kiosk });

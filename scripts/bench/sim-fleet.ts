/**
 * The simulated screens in a process of their own, like screens on machines of their own: the hub's event loop
 * serves them and is not also running them. `fork` this file; it answers messages from the bench.
 */
import { SimScreen } from './sim-screen.ts';

type Ask =
  | { type: 'start'; screens: Array<{ id: string; key: string }>; brokerUrl: string; baseUrl: string; hall: string }
  | { type: 'rendered'; revision: number }
  | { type: 'alerts'; id: string }
  | { type: 'stop' };

const screens: SimScreen[] = [];

process.on('message', (ask: Ask) => {
  void (async () => {
    switch (ask.type) {
      case 'start':
        for (const s of ask.screens) {
          const sim = new SimScreen(s.id, s.key, ask.brokerUrl, ask.baseUrl, ask.hall);
          await sim.start();
          screens.push(sim);
        }
        process.send!({ type: 'started' });
        return;
      case 'rendered':
        process.send!({ type: 'rendered', times: screens.map((s) => s.rendered.get(ask.revision) ?? null), received: screens.map((s) => s.received.get(ask.revision) ?? null) });
        return;
      case 'alerts':
        process.send!({ type: 'alerts', times: screens.map((s) => s.alerts.get(ask.id) ?? null) });
        return;
      case 'stop':
        await Promise.all(screens.map((s) => s.stop().catch(() => {})));
        process.send!({ type: 'stopped' });
        process.exit(0);
    }
  })();
});

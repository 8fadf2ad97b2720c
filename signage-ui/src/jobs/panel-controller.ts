import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialPanel, noticeArrived, stepPanel, type PanelInputs, type PanelShow, type PanelState } from './panel.ts';

/** The panel's turns are whole seconds long; checking once a second is exact enough. */
const TICK_MS = 1000;

/**
 * Runs the side panel's alternation (panel.ts) on a timer for the call screen; the host reads `show` and
 * tells it about live calls and new notices.
 */
export class PanelController implements ReactiveController {
  private state: PanelState = initialPanel(Date.now());
  private lastCallAt: number | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly inputs: () => Omit<PanelInputs, 'lastCallAt'>) {
    host.addController(this);
  }

  get show(): PanelShow {
    return this.state.show;
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.step(), TICK_MS);
  }

  hostDisconnected(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  callArrived(): void {
    this.lastCallAt = Date.now();
    this.step();
  }

  noticeArrived(): void {
    this.state = noticeArrived(this.state, Date.now());
    this.host.requestUpdate();
  }

  private step(): void {
    const next = stepPanel(this.state, Date.now(), { ...this.inputs(), lastCallAt: this.lastCallAt });
    if (next.show !== this.state.show) this.host.requestUpdate();
    this.state = next;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type IdleState = { phase: 'active' } | { phase: 'warning'; secondsLeft: number };

/**
 * The kiosk's idle timer. After `idleSeconds` without a touch it warns for `warnSeconds` (WCAG 2.2.1: at least
 * 20 s and a one-tap "more time"), then calls `onReset`, which wipes the visitor's session.
 */
export class IdleController implements ReactiveController {
  state: IdleState = { phase: 'active' };
  private lastActivity = Date.now();
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly activity = () => this.touch();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly idleSeconds: number,
    private readonly warnSeconds: number,
    private readonly onReset: () => void,
    /** Only a session with something in it needs resetting; a kiosk at home just stays there. */
    private readonly inSession: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) window.addEventListener(type, this.activity, { capture: true, passive: true });
    this.timer = setInterval(() => this.tick(), 250);
  }

  hostDisconnected(): void {
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) window.removeEventListener(type, this.activity, { capture: true });
    if (this.timer) clearInterval(this.timer);
  }

  touch(): void {
    this.lastActivity = Date.now();
    if (this.state.phase !== 'active') this.set({ phase: 'active' });
  }

  private tick(): void {
    if (!this.inSession()) {
      this.lastActivity = Date.now();
      if (this.state.phase !== 'active') this.set({ phase: 'active' });
      return;
    }
    const idle = (Date.now() - this.lastActivity) / 1000;
    if (idle < this.idleSeconds) return;
    const left = Math.ceil(this.idleSeconds + this.warnSeconds - idle);
    if (left <= 0) {
      this.lastActivity = Date.now();
      this.set({ phase: 'active' });
      this.onReset();
      return;
    }
    if (this.state.phase !== 'warning' || this.state.secondsLeft !== left) this.set({ phase: 'warning', secondsLeft: left });
  }

  private set(state: IdleState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

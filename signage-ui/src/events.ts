/** Every event the signage elements fire, typed here so a listener and its firer cannot disagree. */
declare global {
  interface HTMLElementEventMap {
    /** A slide is ready to be shown (its image decoded, its video playable), or cannot be. */
    'slide-loaded': CustomEvent<{ key: string; ok: boolean }>;
    /** The same, told by a region with the stage it belongs to. */
    'cue-loaded': CustomEvent<{ stage: string; key: string; ok: boolean }>;
  }
}

type SignageEventName = 'slide-loaded' | 'cue-loaded';
type DetailOf<K extends SignageEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export function emit<K extends SignageEventName>(from: EventTarget, name: K, detail: DetailOf<K>): void {
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

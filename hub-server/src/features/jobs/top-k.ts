/** A bounded min-heap of (key, value): keeps the `size` largest keys of a stream without sorting the stream. */
export class TopK {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  n = 0;

  constructor(readonly size: number) {
    this.keys = new Float64Array(Math.max(1, size));
    this.values = new Int32Array(Math.max(1, size));
  }

  offer(key: number, value: number): void {
    if (this.size === 0) return;
    if (this.n < this.size) {
      let i = this.n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.keys[parent]! <= key) break;
        this.keys[i] = this.keys[parent]!;
        this.values[i] = this.values[parent]!;
        i = parent;
      }
      this.keys[i] = key;
      this.values[i] = value;
    } else if (key > this.keys[0]!) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= this.n) break;
        const r = l + 1;
        const c = r < this.n && this.keys[r]! < this.keys[l]! ? r : l;
        if (this.keys[c]! >= key) break;
        this.keys[i] = this.keys[c]!;
        this.values[i] = this.values[c]!;
        i = c;
      }
      this.keys[i] = key;
      this.values[i] = value;
    }
  }

  /** The smallest key kept (meaningful once full). */
  min(): number {
    return this.n ? this.keys[0]! : -Infinity;
  }

  /** Values, largest key first. */
  sorted(): number[] {
    return Array.from({ length: this.n }, (_, k) => k).sort((a, b) => this.keys[b]! - this.keys[a]!).map((k) => this.values[k]!);
  }
}

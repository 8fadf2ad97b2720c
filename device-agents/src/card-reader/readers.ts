/** What a reader hands the agent: the ID number and name off the card; photo and address are not read. */
export interface CardData {
  card: 'id-card' | 'social-security';
  idNumber: string;
  name: string;
}

/**
 * A card reader. The agent opens it and says when it should read: only while a kiosk is waiting for a card
 * (a sign-in screen is open), so a card left on the reader is never read for nobody. Implementations: the
 * serial resident-ID reader (SAM protocol), the serial social-security reader (CCID over serial), and the
 * demo's simulator.
 */
export interface CardReader {
  /** Starts the reader; `onCard` is called once for each card placed while reading is on. */
  open(onCard: (card: CardData) => void): Promise<void>;
  /** Reading on (a session is open at the kiosk) or off. Off, the reader does not look for cards. */
  setActive(active: boolean): void;
  close(): Promise<void>;
}

/** A card lying on the simulated reader is read when reading turns on, as long as it is still there. */
const LIES_MS = 15_000;

/**
 * The demo hall's reader: a card is "placed" by a command from the hub (admin → 设备 → 模拟刷卡) or by a test.
 * Like a real reader it reads only while reading is on; a card placed before is read when it turns on, if
 * the card is still there (15 s).
 */
export class SimCardReader implements CardReader {
  private onCard: ((card: CardData) => void) | null = null;
  private active = false;
  private lying: { card: CardData; until: number } | null = null;

  async open(onCard: (card: CardData) => void): Promise<void> {
    this.onCard = onCard;
  }

  setActive(active: boolean): void {
    this.active = active;
    if (active) this.read();
  }

  place(card: CardData): void {
    this.lying = { card, until: Date.now() + LIES_MS };
    this.read();
  }

  async close(): Promise<void> {
    this.onCard = null;
  }

  private read(): void {
    const lying = this.lying;
    if (!this.active || !lying || !this.onCard) return;
    this.lying = null;
    if (lying.until > Date.now()) this.onCard(lying.card);
  }
}

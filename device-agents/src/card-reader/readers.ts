/** What a reader hands the agent: the ID number and name off the card; photo and address are not read. */
export interface CardData {
  card: 'id-card' | 'social-security';
  idNumber: string;
  name: string;
}

/**
 * A card reader. Resident ID card readers (GA 467 SAM modules) and social-security card readers come with
 * vendor SDKs over USB or serial; an adapter for one implements this interface.
 */
export interface CardReader {
  /** Calls `onCard` for every card placed on the reader until closed. */
  open(onCard: (card: CardData) => void): Promise<void>;
  close(): Promise<void>;
}

/** The demo hall's reader: a card is "placed" by a command from the hub (admin → 设备 → 模拟刷卡) or by a test. */
export class SimCardReader implements CardReader {
  private onCard: ((card: CardData) => void) | null = null;

  async open(onCard: (card: CardData) => void): Promise<void> {
    this.onCard = onCard;
  }

  place(card: CardData): void {
    this.onCard?.(card);
  }

  async close(): Promise<void> {
    this.onCard = null;
  }
}

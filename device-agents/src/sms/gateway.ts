/** A message a phone sent to the hall's number. */
export interface ReceivedSms {
  from: string;
  text: string;
}

/** What the gateway said when it took a message: its own id of each part, to match delivery reports. */
export interface SendReceipt {
  gatewayIds: string[];
}

/** A delivery report: whether a part reached the phone. */
export interface DeliveryReport {
  gatewayId: string;
  delivered: boolean;
  /** False while the network is still trying (a report may follow). */
  final: boolean;
  detail: string;
}

/** A refusal to send. Permanent ones (a bad number, refused credentials) are not tried again. */
export class SmsSendError extends Error {
  constructor(message: string, readonly permanent: boolean) {
    super(message);
  }
}

/**
 * Where an SMS really goes: an operator's HTTP API, a GSM modem on a serial port, or (demo) the terminal.
 * The agent's queue decides when to send and how often to try; a gateway only sends, and tells what it hears.
 */
export interface SmsGateway {
  start?(): Promise<void>;
  send(to: string, text: string): Promise<SendReceipt>;
  /** Replies from phones (退订, TD, STOP), where the gateway can receive them; returns the way to stop listening. */
  onReceive?(handler: (sms: ReceivedSms) => void): () => void;
  /** Delivery reports, where the gateway gets them; returns the way to stop listening. */
  onDelivery?(handler: (report: DeliveryReport) => void): () => void;
  close?(): Promise<void>;
}

/** A number as the hub sends it: 11 digits. Gateways and modems may report it with +86. */
export function nationalNumber(n: string): string {
  return n.replace(/^\+?86(?=1[3-9]\d{9}$)/, '');
}

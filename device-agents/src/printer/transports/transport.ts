/** How the printer agent reaches its printer. */
export interface PrinterTransport {
  readonly kind: 'sim' | 'tcp' | 'file';
  /** Sends a whole job. Rejects when the printer cannot be reached. */
  write(bytes: Uint8Array): Promise<void>;
  /** DLE EOT n; one status byte, or null when this transport cannot read back or the printer did not answer. */
  status(n: 1 | 2 | 3 | 4): Promise<number | null>;
  /** False for write-only transports (a device file without read-back). */
  readonly canReadStatus: boolean;
  close(): Promise<void>;
}

import type { DeviceAccounts } from './accounts.ts';
import { saveBrokerCredentials, sameSecret, secretHash, type BrokerCredentials } from './credentials.ts';

/**
 * The embedded broker's device accounts: the broker reads them on every CONNECT, so a change works at once;
 * `cut` ends the live sessions of an account that was disabled, replaced or removed.
 */
export class EmbeddedAccounts implements DeviceAccounts {
  readonly store = 'embedded' as const;

  constructor(
    private readonly dataDir: string,
    private readonly creds: BrokerCredentials,
    private readonly cut: (deviceId: string) => void,
  ) {}

  /** Whether `secret` opens the enabled account `deviceId`. */
  verify(deviceId: string, secret: string): boolean {
    const account = this.creds.accounts[deviceId];
    return !!account && account.enabled && sameSecret(secretHash(secret), account.sha256);
  }

  async set(deviceId: string, secret: string, { enabled = true }: { enabled?: boolean } = {}): Promise<void> {
    const sha256 = secretHash(secret);
    const old = this.creds.accounts[deviceId];
    if (old && old.sha256 === sha256 && old.enabled === enabled) return;
    this.creds.accounts[deviceId] = { sha256, enabled };
    // The clear copy (a content device's demo secret) no longer opens anything.
    if (this.creds.devices[deviceId] !== secret) delete this.creds.devices[deviceId];
    this.creds.removed = this.creds.removed.filter((id) => id !== deviceId);
    this.save();
    if (old && (old.sha256 !== sha256 || !enabled)) this.cut(deviceId);
  }

  async enable(deviceId: string): Promise<void> {
    this.toggle(deviceId, true);
  }

  async disable(deviceId: string): Promise<void> {
    this.toggle(deviceId, false);
    this.cut(deviceId);
  }

  async remove(deviceId: string): Promise<void> {
    const had = deviceId in this.creds.accounts || deviceId in this.creds.devices;
    delete this.creds.accounts[deviceId];
    delete this.creds.devices[deviceId];
    if (!this.creds.removed.includes(deviceId)) this.creds.removed.push(deviceId);
    this.save();
    if (had) this.cut(deviceId);
  }

  async list(): Promise<Array<{ deviceId: string; enabled: boolean }>> {
    return Object.entries(this.creds.accounts).map(([deviceId, a]) => ({ deviceId, enabled: a.enabled }));
  }

  private toggle(deviceId: string, enabled: boolean): void {
    const account = this.creds.accounts[deviceId];
    if (!account) throw new Error(`no broker account ${deviceId}`);
    if (account.enabled === enabled) return;
    account.enabled = enabled;
    this.save();
  }

  private save(): void {
    saveBrokerCredentials(this.dataDir, this.creds);
  }
}

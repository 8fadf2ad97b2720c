/**
 * Devices' accounts on the broker. A device logs in with its device id as user name and the secret it was
 * given at enrolment. Two stores speak this one interface: the embedded broker's own file (embedded-accounts.ts)
 * and an external Mosquitto's dynamic-security plugin (dynsec.ts). What each account may publish and read is
 * the one ACL table (acl.ts) either way.
 *
 * Every call takes effect at once: a disabled or removed account is refused at its next CONNECT, and its live
 * sessions are cut by the call itself, so a revoked device cannot keep a connection it already had.
 */
export interface DeviceAccounts {
  /** Where the accounts are kept: the embedded broker's file, or Mosquitto's dynamic-security plugin. */
  readonly store: 'embedded' | 'dynsec';
  /**
   * Creates the account, or replaces its secret (cutting sessions made with the old one). `enabled: false`
   * makes an account the broker refuses until enable(): a device waiting for staff approval.
   */
  set(deviceId: string, secret: string, options?: { enabled?: boolean }): Promise<void>;
  enable(deviceId: string): Promise<void>;
  /** Refuses the account from now on and ends its live sessions. */
  disable(deviceId: string): Promise<void>;
  /** Deletes the account and ends its live sessions; removing an account that does not exist is no error. */
  remove(deviceId: string): Promise<void>;
  /** The device accounts the store holds, for reconciling it with the hub's device registry. */
  list(): Promise<Array<{ deviceId: string; enabled: boolean }>>;
}

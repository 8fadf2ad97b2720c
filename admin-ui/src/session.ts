import type { Permission, StaffMember } from '@jobhall/hub-server/contract';

let granted: ReadonlySet<Permission> = new Set();

/** The admin app sets this at sign-in (and clears it at log-out): what the signed-in member's roles allow. */
export function setSignedIn(staff: StaffMember | null): void {
  granted = new Set(staff?.permissions ?? []);
}

/**
 * Whether the signed-in member may do something: panels draw only the buttons this allows. The hub checks
 * every request by itself; this only keeps buttons that would be refused off the screen.
 */
export function can(permission: Permission): boolean {
  return granted.has(permission);
}

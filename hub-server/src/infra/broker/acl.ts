import { hallRoot } from '../../contract/index.ts';

/** Who is on the other end of an MQTT connection. */
export type Principal = { role: 'hub' } | { role: 'device'; id: string } | { role: 'display' };

export interface Acl {
  publish: string[];
  subscribe: string[];
}

/**
 * The topic ACL, one table for both brokers: the embedded broker checks it directly, and `mosquittoAclFile`
 * writes the same rules for an external Mosquitto.
 */
export function aclFor(hall: string, who: Principal): Acl {
  const root = hallRoot(hall);
  switch (who.role) {
    case 'hub':
      return { publish: [`${root}/#`], subscribe: [`${root}/#`] };
    case 'device': {
      const own = `${root}/devices/${who.id}`;
      return {
        publish: [`${own}/status`, `${own}/evt/#`, `${own}/state/#`],
        subscribe: [`${own}/cmd/#`, `${root}/public/#`],
      };
    }
    case 'display':
      return { publish: [], subscribe: [`${root}/public/#`] };
  }
}

/**
 * True when every topic `filter` can match is also matched by `allowed`.
 * [MQTT-4.7.1] "#" matches any number of levels (only last), "+" exactly one level.
 */
export function filterCovers(allowed: string, filter: string): boolean {
  const a = allowed.split('/');
  const f = filter.split('/');
  for (let i = 0; i < a.length; i++) {
    const al = a[i]!;
    if (al === '#') return true;
    const fl = f[i];
    if (fl === undefined) return false;
    if (fl === '#') return false;
    if (al === '+') continue;
    if (fl === '+' || fl !== al) return false;
  }
  return a.length === f.length;
}

export function mayPublish(hall: string, who: Principal, topic: string): boolean {
  // [MQTT-3.3.2-2] a PUBLISH topic must not contain wildcards.
  if (/[+#]/.test(topic)) return false;
  return aclFor(hall, who).publish.some((allowed) => filterCovers(allowed, topic));
}

export function maySubscribe(hall: string, who: Principal, filter: string): boolean {
  return aclFor(hall, who).subscribe.some((allowed) => filterCovers(allowed, filter));
}

/** The same rules as a Mosquitto acl_file; devices log in with their device id as user name (%u). */
export function mosquittoAclFile(hall: string, hubUser: string, displayUser: string): string {
  const root = hallRoot(hall);
  const device = aclFor(hall, { role: 'device', id: '%u' });
  return [
    `user ${hubUser}`,
    `topic readwrite ${root}/#`,
    '',
    `user ${displayUser}`,
    ...aclFor(hall, { role: 'display' }).subscribe.map((t) => `topic read ${t}`),
    '',
    '# every other user is a device, named by its device id',
    ...device.publish.map((t) => `pattern write ${t}`),
    ...device.subscribe.map((t) => `pattern read ${t}`),
    '',
  ].join('\n');
}

/** A dynamic-security ACL entry: what Mosquitto's `createRole` takes. */
export interface DynsecAcl {
  acltype: 'publishClientSend' | 'subscribePattern';
  topic: string;
  allow: true;
}

/** The same rules as dynamic-security role ACLs (publish = publishClientSend, subscribe = subscribePattern). */
export function dynsecAcls(hall: string, who: Principal): DynsecAcl[] {
  const acl = aclFor(hall, who);
  return [
    ...acl.publish.map((topic) => ({ acltype: 'publishClientSend' as const, topic, allow: true as const })),
    ...acl.subscribe.map((topic) => ({ acltype: 'subscribePattern' as const, topic, allow: true as const })),
  ];
}

/** The dynamic-security role of a principal: one per device, so deleting a device deletes exactly its rights. */
export function dynsecRole(hall: string, who: Principal): string {
  return who.role === 'device' ? `jobhall-${hall}-device-${who.id}` : `jobhall-${hall}-${who.role}`;
}

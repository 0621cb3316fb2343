/**
 * Where webhooks may go (the trust issue's printer rule, same reason): the server POSTs to the URL,
 * so a URL is a way to reach any service the server reaches (its own Redis, the cloud's metadata
 * address). An office administrator may register only an `https` URL whose host resolves outside
 * the private, loopback, link-local and reserved ranges, unless the deployment administrator set
 * the network aside (WEBHOOK_NETWORKS); inside such a network plain `http` is allowed too (an
 * intranet dossier server without TLS). The rule is checked at registration and again at every
 * delivery on the addresses the connection will use, so a name that later resolves elsewhere (DNS
 * rebinding) reaches nothing.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { addressRangeList, parseAddressRanges } from '../access/address-ranges.js';
import { invalid } from '../domain-error.js';

/** Never a receiver: private (RFC 1918, ULA), loopback, link-local, CGNAT, documentation, multicast, reserved. */
const BLOCKED = addressRangeList([
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/128',
  '::1/128',
  '64:ff9b::/96',
  '64:ff9b:1::/48',
  '100::/64',
  '2001:db8::/32',
  '2002::/16',
  'fc00::/7',
  'fe80::/10',
  'fec0::/10',
  'ff00::/8',
]);

/** WEBHOOK_NETWORKS: a comma-separated list of CIDR ranges; throws naming the first bad one. */
export const parseWebhookNetworks = (text: string | undefined): string[] => parseAddressRanges('WEBHOOK_NETWORKS', text);

/** An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 address. */
function plain(address: string): { address: string; type: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, type: 'ipv4' };
  return { address, type: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/** Inside a network the deployment administrator allowed (WEBHOOK_NETWORKS)? */
export function inAllowedNetworks(address: string, networks: readonly string[]): boolean {
  if (!networks.length) return false;
  const a = plain(address);
  return addressRangeList(networks).check(a.address, a.type);
}

/** May a webhook connect to this address? */
export function addressAllowed(address: string, networks: readonly string[]): boolean {
  if (inAllowedNetworks(address, networks)) return true;
  const a = plain(address);
  if (a.type === 'ipv6' && /^::ffff:/i.test(a.address)) return false; // an odd spelling of an IPv4 address
  return !BLOCKED.check(a.address, a.type);
}

/** The host of a URL as DNS and net take it (`[::1]` → `::1`). */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** A delivery refused before connecting: the address is not one a webhook may reach. */
export class AddressRefused extends Error {
  readonly code = 'EADDRREFUSED';
  constructor(address: string) {
    super(`the receiver's address ${address} is not allowed (private, loopback or reserved, and not in WEBHOOK_NETWORKS)`);
    this.name = 'AddressRefused';
  }
}

/** Why these addresses may not receive this URL's deliveries; undefined when they may. */
function refusal(url: URL, addresses: string[], networks: readonly string[]): string | undefined {
  const bad = addresses.find((a) => !addressAllowed(a, networks));
  if (bad) return `${hostOf(url)} resolves to ${bad}, a private, loopback or reserved address outside WEBHOOK_NETWORKS (${networks.join(', ') || 'none set'})`;
  if (url.protocol === 'http:' && !addresses.every((a) => inAllowedNetworks(a, networks)))
    return 'only https, except inside a network the deployment administrator allowed (WEBHOOK_NETWORKS)';
  return undefined;
}

export type Resolver = (host: string) => Promise<string[]>;

/** Every address a name resolves to (an address literal is its own). */
export const resolveAll: Resolver = (host) =>
  isIP(host)
    ? Promise.resolve([host])
    : new Promise((res, rej) => dnsLookup(host, { all: true, verbatim: true }, (err, list) => (err ? rej(err) : res(list.map((a) => a.address)))));

/**
 * Refuses (a validation error on `url`) a URL this office may not send to: another scheme than
 * https (or http inside an allowed network), credentials in the URL, a name that does not resolve,
 * or an address outside the rule.
 */
export async function checkWebhookUrl(text: string, networks: readonly string[], resolve: Resolver = resolveAll): Promise<URL> {
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('url', 'only https URLs');
  if (url.username || url.password) throw invalid('url', 'no user name or password in the URL: the signature proves the sender');
  if (url.hash) throw invalid('url', 'no #fragment');
  let addresses: string[];
  try {
    addresses = await resolve(hostOf(url));
  } catch {
    throw invalid('url', `${hostOf(url)} does not resolve`);
  }
  if (!addresses.length) throw invalid('url', `${hostOf(url)} does not resolve`);
  const why = refusal(url, addresses, networks);
  if (why) throw invalid('url', why);
  return url;
}

/**
 * What a delivery connects with: for an address literal, the check is made here; for a name, the
 * lookup the connection uses checks every address it resolved, so nothing is connected to that the
 * rule refuses, whatever the name resolved to at registration.
 */
export function deliveryLookup(url: URL, networks: readonly string[]): LookupFunction | undefined {
  const host = hostOf(url);
  if (isIP(host)) {
    const why = refusal(url, [host], networks);
    if (why) throw new AddressRefused(host);
    return undefined;
  }
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, verbatim: true, ...(options.family ? { family: options.family } : {}) }, (err, list: LookupAddress[]) => {
      if (err) return (callback as (e: Error) => void)(err);
      const bad =
        list.find((a) => !addressAllowed(a.address, networks)) ??
        (url.protocol === 'http:' ? list.find((a) => !inAllowedNetworks(a.address, networks)) : undefined);
      if (bad || !list.length) return (callback as (e: Error) => void)(new AddressRefused(bad?.address ?? hostname));
      if (options.all) return (callback as (e: null, l: LookupAddress[]) => void)(null, list);
      (callback as (e: null, a: string, f: number) => void)(null, list[0]!.address, list[0]!.family);
    });
  };
}

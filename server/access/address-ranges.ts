/**
 * Address ranges a deployment administrator sets aside in a setting (PRINTER_NETWORKS,
 * WEBHOOK_NETWORKS), e.g. `10.20.0.0/16,192.168.50.0/24`: where an office administrator may point
 * the server, which it otherwise must not reach (its own Redis on 127.0.0.1:6379, for one).
 */
import { BlockList, isIP } from 'node:net';

/** Parses a comma-separated list of CIDR ranges; throws naming the setting and the first bad one. */
export function parseAddressRanges(setting: string, text: string | undefined): string[] {
  const cidrs = (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const cidr of cidrs) {
    const [address, bits, extra] = cidr.split('/');
    const family = isIP(address ?? '');
    const max = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || !/^\d{1,3}$/.test(bits ?? '') || Number(bits) > max)
      throw new Error(`${setting}: "${cidr}" is not an address range like 10.20.0.0/16`);
  }
  return cidrs;
}

/** A BlockList holding the ranges, to check many addresses against. */
export function addressRangeList(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address, bits] = cidr.split('/') as [string, string];
    list.addSubnet(address, Number(bits), isIP(address) === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

/** Is this an IP address literal inside one of the ranges? (A name is never: it can be made to resolve anywhere.) */
export function inAddressRanges(host: string, cidrs: readonly string[]): boolean {
  const family = isIP(host);
  if (!family || !cidrs.length) return false;
  return addressRangeList(cidrs).check(host, family === 6 ? 'ipv6' : 'ipv4');
}

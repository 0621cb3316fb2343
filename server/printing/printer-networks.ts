/**
 * The printer networks (PRINTER_NETWORKS): address ranges the deployment administrator sets aside
 * for receipt printers, e.g. `10.20.0.0/16,192.168.50.0/24`. An office administrator may point a
 * kiosk's printer only at an address literal inside them, never at a name (a name can be made to
 * resolve to anything, the server itself included).
 */
import { BlockList, isIP } from 'node:net';

/** Parses a comma-separated list of CIDR ranges; throws naming the first bad one. */
export function parsePrinterNetworks(text: string | undefined): string[] {
  const cidrs = (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const cidr of cidrs) {
    const [address, bits, extra] = cidr.split('/');
    const family = isIP(address ?? '');
    const max = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || !/^\d{1,3}$/.test(bits ?? '') || Number(bits) > max)
      throw new Error(`PRINTER_NETWORKS: "${cidr}" is not an address range like 10.20.0.0/16`);
  }
  return cidrs;
}

/** Is this host an IP address literal inside one of the ranges? */
export function inPrinterNetworks(host: string, cidrs: readonly string[]): boolean {
  const family = isIP(host);
  if (!family || !cidrs.length) return false;
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address, bits] = cidr.split('/') as [string, string];
    list.addSubnet(address, Number(bits), isIP(address) === 6 ? 'ipv6' : 'ipv4');
  }
  return list.check(host, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The printer networks (PRINTER_NETWORKS): address ranges the deployment administrator sets aside
 * for receipt printers, e.g. `10.20.0.0/16,192.168.50.0/24`. An office administrator may point a
 * kiosk's printer only at an address literal inside them, never at a name (a name can be made to
 * resolve to anything, the server itself included).
 */
import { inAddressRanges, parseAddressRanges } from '../access/address-ranges.js';

/** Parses a comma-separated list of CIDR ranges; throws naming the first bad one. */
export const parsePrinterNetworks = (text: string | undefined): string[] => parseAddressRanges('PRINTER_NETWORKS', text);

/** Is this host an IP address literal inside one of the ranges? */
export const inPrinterNetworks = (host: string, cidrs: readonly string[]): boolean => inAddressRanges(host, cidrs);

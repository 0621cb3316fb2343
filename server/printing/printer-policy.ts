/**
 * Who may point a kiosk's printer where (issue 10, finding 6). The server opens a TCP connection
 * to the printer and writes the slip into it, so a printer setting is a way to send bytes to any
 * service the server reaches (its own Redis on 127.0.0.1:6379, for one). The deployment
 * administrator sets printers; an office administrator may only use an address literal in the
 * printer networks (PRINTER_NETWORKS) on the raw printing port 9100. Printers a configuration
 * keeps as they are, or removes, need no one's leave.
 */
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { isDeploymentAdmin } from '../access/audiences.js';
import type { Actor } from '../audit/audit-trail.js';
import { forbidden } from '../domain-error.js';
import { inPrinterNetworks } from './printer-networks.js';

/** The raw (JetDirect) printing port: the only one an office administrator may use. */
export const PRINTER_PORT = 9100;

type Printer = NonNullable<OfficeConfig['kiosks'][number]['printer']>;

/** The printers a new configuration sets or changes, by kiosk id. */
export function newPrinters(before: OfficeConfig, after: OfficeConfig): { kiosk: string; printer: Printer }[] {
  const old = new Map(before.kiosks.map((k) => [k.id, k.printer]));
  return after.kiosks.flatMap((k) => {
    const was = old.get(k.id);
    return k.printer && (was?.host !== k.printer.host || was?.port !== k.printer.port) ? [{ kiosk: k.id, printer: k.printer }] : [];
  });
}

/** Refuses a configuration whose new printers this administrator may not set. */
export function checkPrinters(actor: Actor, before: OfficeConfig, after: OfficeConfig, networks: readonly string[]): void {
  if (isDeploymentAdmin(actor.user)) return;
  for (const { kiosk, printer } of newPrinters(before, after)) {
    if (printer.port === PRINTER_PORT && inPrinterNetworks(printer.host, networks)) continue;
    throw forbidden(
      `kiosks[${kiosk}].printer: printers are set by the deployment administrator; an office administrator may use only an address in the printer networks (${networks.join(', ') || 'none set'}) on port ${PRINTER_PORT}`,
    );
  }
}

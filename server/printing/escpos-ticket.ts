/**
 * Prints a ticket slip on a kiosk's network ESC/POS printer (80 mm, 48 columns) with
 * node-thermal-printer. Many thermal printers have no Vietnamese code page, so the slip is
 * printed without diacritics ("Tu phap - Ho tich"); the QR code is the printer's own.
 */
import type { ThermalPrinter } from 'node-thermal-printer';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { slipText, type SlipMessage } from '../../shared/i18n/slip-messages.js';

export interface SlipData {
  config: OfficeConfig;
  ticket: Ticket;
  ahead: number;
  estimatedWaitMinutes: number;
  /** absolute URL of the phone page for this ticket (carries the token) */
  phoneUrl: string;
}

/**
 * Vietnamese without diacritics, for printers limited to ASCII, and never a control character:
 * the slip goes down a raw TCP connection, where a line break or an ESC in an office's name would
 * be a command of its own (to the printer, or to whatever else listens at that address). Each run
 * of control characters, line breaks included, becomes one space.
 */
export function foldVietnamese(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7E]/g, '?');
}

function timeOfIssue(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hourCycle: 'h23',
  }).format(new Date(ms));
}

/** Builds the printer with the slip in its buffer (interface: `tcp://host:port`). */
export async function buildSlip(data: SlipData, printerInterface: string): Promise<ThermalPrinter> {
  // loaded on the first slip printed by the server, not at start-up
  const { PrinterTypes, ThermalPrinter } = await import('node-thermal-printer');
  const { config, ticket } = data;
  const p = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: printerInterface, width: 48, options: { timeout: 4000 } });
  const f = foldVietnamese;
  // slips are printed in the office's language
  const s = (key: SlipMessage, params: Record<string, string | number> = {}) => slipText(key, params, 'vi');
  const service = config.services.find((s) => s.id === ticket.serviceId);
  const counters = config.counters.filter((c) => c.services.includes(ticket.serviceId)).map((c) => c.number);
  p.alignCenter();
  p.bold(true);
  p.println(f(config.shortName ?? config.name));
  p.bold(false);
  p.println(f(s('title')));
  p.setTextQuadArea();
  p.bold(true);
  p.println(f(ticket.number));
  p.bold(false);
  p.setTextNormal();
  p.println(f(service?.name ?? ticket.serviceId));
  if (ticket.priority) p.println(f(s('priority')));
  p.drawLine();
  p.alignLeft();
  if (counters.length) p.leftRight(f(s('counters')), f(counters.join(', ')));
  p.leftRight(f(s('ahead')), f(String(data.ahead)));
  p.leftRight(f(s('wait')), f(s('waitMinutes', { n: data.estimatedWaitMinutes })));
  p.leftRight(f(s('issuedAt')), f(timeOfIssue(ticket.issuedAt, config.timeZone)));
  p.drawLine();
  p.alignCenter();
  p.printQR(f(data.phoneUrl), { cellSize: 6, correction: 'M', model: 2 });
  p.println(f(s('scan')));
  p.cut();
  return p;
}

/**
 * "Print this ticket on my printer": a kiosk configured with a network printer asks the server to
 * print. The slip's QR code leads to the deployment's PUBLIC_URL, never to the Host header of the
 * request (anyone can send any Host): without PUBLIC_URL the server does not print, and the kiosk
 * prints through its browser, whose QR code carries the address the kiosk itself uses.
 */
import type { Context } from '../context.js';
import { DomainError } from '../domain-error.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import { positionOf, ticketWithToken } from '../tickets/ticket-reader.js';
import { citizenTicket } from '../tickets/ticket-view.js';
import { buildSlip } from './escpos-ticket.js';

export interface KioskInfo {
  id: string;
  name: string;
  /** whether the server prints this kiosk's tickets (else the kiosk prints through its browser) */
  networkPrinter: boolean;
}

export async function kioskInfo(ctx: Context, office: string, kioskId: string): Promise<KioskInfo> {
  const { config } = await ctx.offices.get(office);
  const kiosk = config.kiosks.find((k) => k.id === kioskId);
  if (!kiosk) return { id: kioskId, name: kioskId, networkPrinter: false };
  return { id: kiosk.id, name: kiosk.name, networkPrinter: !!kiosk.printer && !!ctx.publicUrl };
}

export async function printTicket(ctx: Context, office: string, kioskId: string, ticketId: string, token: string): Promise<{ bytes: number }> {
  const { config } = await ctx.offices.get(office);
  const kiosk = config.kiosks.find((k) => k.id === kioskId);
  if (!kiosk) throw new DomainError('not_found', `kiosk ${kioskId} not found`);
  if (!kiosk.printer) throw new DomainError('conflict', `kiosk ${kioskId} has no network printer: print through the browser`);
  const publicBase = ctx.publicUrl;
  if (!publicBase)
    throw new DomainError('conflict', 'the server prints slips only when PUBLIC_URL is set (the address of their QR code): print through the browser');
  if (parseTicketId(ticketId)?.office !== office) throw new DomainError('not_found', 'ticket not found');
  const stored = await ticketWithToken(ctx, ticketId, token);
  const position = await positionOf(ctx, config, stored);
  const ticket = citizenTicket(stored);
  const phoneUrl = `${publicBase}/kiosk/phone.html?t=${encodeURIComponent(ticket.id)}&k=${encodeURIComponent(ticket.token)}`;
  const printer = await buildSlip(
    { config, ticket, ahead: position?.ahead ?? 0, estimatedWaitMinutes: position?.estimatedWaitMinutes ?? 0, phoneUrl },
    `tcp://${kiosk.printer.host}:${kiosk.printer.port}`,
  );
  const bytes = printer.getBuffer().length;
  try {
    await printer.execute();
  } catch (err) {
    ctx.log.warn({ err, kiosk: kioskId }, 'network printer failed');
    throw new DomainError('unavailable', 'the kiosk printer did not answer');
  }
  return { bytes };
}

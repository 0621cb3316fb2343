/**
 * Ticket ids carry their office and office-local day so any process can find the ticket's
 * keys without a lookup: `tay-mo_2026-11-25_A025`. Office slugs never contain "_".
 */
export function ticketId(office: string, date: string, number: string): string {
  return `${office}_${date}_${number}`;
}

export interface TicketIdParts {
  office: string;
  date: string;
  number: string;
}

const TICKET_ID = /^([a-z0-9][a-z0-9-]{0,39})_(\d{4}-\d{2}-\d{2})_([A-Z]{1,2}\d{3,4})$/;

export function parseTicketId(id: string): TicketIdParts | null {
  const m = TICKET_ID.exec(id);
  return m ? { office: m[1]!, date: m[2]!, number: m[3]! } : null;
}

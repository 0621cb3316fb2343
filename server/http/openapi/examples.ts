/** Example bodies of the API description, shared by several routes (each is checked against its schema by test/api). */

export const TICKET_ID = 'tay-mo_2026-11-25_A025';
export const TOKEN = 'q1Vt9cXo3nQe8LzA7bYw2k';

export const publicTicketExample = {
  id: TICKET_ID,
  number: 'A025',
  serviceId: 'tu-phap',
  status: 'waiting',
  priority: false,
  issuedAt: 1795581000000,
  ahead: 4,
  estimatedWaitMinutes: 12,
};

export const ticketExample = { ...publicTicketExample, token: TOKEN, date: '2026-11-25', kiosk: 'kiosk-1' };

export const ratingExample = {
  ticketId: TICKET_ID,
  score: 4,
  chips: ['attitude'],
  serviceId: 'tu-phap',
  counterId: '1',
  officer: 'an.nv',
  at: 1795582800000,
  source: 'phone',
};

export const bookingExample = {
  id: 'tay-mo_b3f9a0c41d2e8b7a6',
  office: 'tay-mo',
  code: 'K7PX2M',
  token: TOKEN,
  kind: 'appointment',
  status: 'booked',
  serviceId: 'tu-phap',
  slotStart: '2026-11-26T09:30',
  slotAt: 1795660200000,
  checkInBy: 1795661100000,
  date: '2026-11-26',
  createdAt: 1795581000000,
};

export const complaintExample = {
  id: 'PA20261125-0001',
  office: 'tay-mo',
  topic: 'waiting_time',
  message: 'Chờ quá lâu ở quầy tư pháp',
  ticketId: TICKET_ID,
  serviceId: 'tu-phap',
  status: 'new',
  createdAt: 1795581000000,
  dueAt: 1796013000000,
};

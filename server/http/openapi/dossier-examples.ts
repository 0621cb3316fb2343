/** Example bodies of the dossier routes (each is checked against its schema by test/api). */
import { TICKET_ID } from './examples.js';

const CODE = 'H26.22-261125-0001';

/** Received at the desk with its result date, then linked to a second visit. */
export const dossierExample = {
  id: CODE,
  code: CODE,
  title: 'Chứng thực bản sao',
  status: 'in_progress',
  serviceId: 'tu-phap',
  receivedDate: '2026-11-25',
  dueDate: '2026-11-27',
  tickets: [TICKET_ID],
  ticketId: TICKET_ID,
  counterId: '1',
  officer: 'an.nv',
  receivedAt: 1795582800000,
  source: 'desk',
  updatedAt: 1795582800000,
};

export const resolvedDossierExample = {
  ...dossierExample,
  status: 'resolved',
  resolvedDate: '2026-11-27',
  outcome: 'onTime',
  resolvedAt: 1795752000000,
  resolvedBy: 'an.nv',
};

export const namedDossierExample = { ...dossierExample, serviceName: 'Tư pháp – Hộ tịch' };

/** A code linked without its dates: it waits for an import or the API. */
export const awaitingDossierExample = { id: 'H26.22-261120-0042', code: 'H26.22-261120-0042', status: 'awaiting_data', tickets: [TICKET_ID] };

export const dossierDetailExample = {
  dossier: namedDossierExample,
  tickets: [
    {
      id: TICKET_ID,
      number: 'A025',
      date: '2026-11-25',
      serviceId: 'tu-phap',
      serviceName: 'Tư pháp – Hộ tịch',
      status: 'done',
      counterId: '1',
      officer: 'an.nv',
      doneAt: 1795582800000,
      rating: { score: 4, comment: 'Cán bộ hướng dẫn tận tình', at: 1795582860000, source: 'tablet' },
    },
  ],
};

export const importResultExample = {
  mode: 'keep-valid',
  rows: 12,
  added: 10,
  updated: 1,
  unchanged: 0,
  rejected: 1,
  problems: [
    {
      line: 7,
      column: 'Ngày hẹn trả',
      code: 'H26.22-261103-0004',
      value: '31/02/2026',
      problem: 'bad_date',
      message: 'not a date: "31/02/2026" (dd/mm/yyyy)',
    },
  ],
};

export const batchResultExample = {
  mode: 'all-or-nothing',
  rows: 2,
  added: 0,
  updated: 0,
  unchanged: 0,
  rejected: 2,
  problems: [
    {
      index: 1,
      column: 'service',
      code: 'H26.22-261118-0007',
      value: 'Xây dựng',
      problem: 'unknown_service',
      message: 'no service of this office is named "Xây dựng": map it to one',
    },
  ],
};

/** Pushed by the one-stop software: its dates, its source. */
export const pushedDossierExample = {
  id: 'H26.22-261118-0006',
  code: 'H26.22-261118-0006',
  title: 'Đăng ký kết hôn',
  status: 'resolved',
  serviceId: 'tu-phap',
  receivedDate: '2026-11-18',
  dueDate: '2026-11-20',
  resolvedDate: '2026-11-19',
  outcome: 'early',
  source: 'api',
  updatedAt: 1795582800000,
};

export const dossierDatesExample = { service: 'tu-phap', title: 'Đăng ký kết hôn', received: '2026-11-18', due: '2026-11-20', resolved: '2026-11-19' };

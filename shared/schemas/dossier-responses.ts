/**
 * Dossiers (hồ sơ) in the API's answers (see ticket-responses.ts): a stored dossier, a dossier with
 * the tickets that served it, and what an import or a push from the one-stop software did.
 */
import { z } from 'zod';
import { ImportMode } from './dossiers.js';
import { Instant } from './ticket-responses.js';

const Day = z.string().describe('YYYY-MM-DD');

export const Dossier = z
  .object({
    id: z.string().describe('its code'),
    code: z.string().describe('the code (mã hồ sơ) of the one-stop software'),
    title: z.string().optional(),
    status: z
      .enum(['awaiting_data', 'in_progress', 'resolved'])
      .describe('`awaiting_data`: a code linked to tickets, its dates not known yet (counted nowhere)'),
    serviceId: z.string().optional(),
    receivedDate: Day.optional(),
    dueDate: Day.optional().describe('the legal result date (ngày hẹn trả)'),
    resolvedDate: Day.optional(),
    returnedDate: Day.optional().describe('the result handed to the citizen (ngày trả kết quả)'),
    outcome: z.enum(['early', 'onTime', 'late']).optional(),
    tickets: z.array(z.string()).optional().describe('the tickets that served it'),
    ticketId: z.string().optional().describe('received at the desk: the ticket, counter, officer and time'),
    counterId: z.string().optional(),
    officer: z.string().optional(),
    receivedAt: Instant.optional(),
    resolvedAt: Instant.optional().describe('a result recorded at the desk'),
    resolvedBy: z.string().optional(),
    source: z.enum(['desk', 'import', 'api']).optional().describe('who last set its dates'),
    updatedAt: Instant.optional(),
  })
  .meta({ id: 'Dossier', description: 'A dossier (hồ sơ): received at the desk, imported or pushed from the one-stop software, or a code awaiting its dates' });

export const NamedDossier = Dossier.extend({
  serviceName: z.string().describe("its service's name on the day it was received; '' while awaiting its dates"),
}).meta({
  id: 'NamedDossier',
  description: "A dossier with its service's name",
});

export const DossierList = z.object({ dossiers: z.array(NamedDossier), total: z.number().describe('how many match') }).meta({ id: 'DossierList' });

export const DossierTicket = z
  .object({
    id: z.string(),
    number: z.string(),
    date: Day,
    serviceId: z.string(),
    serviceName: z.string(),
    status: z.string(),
    counterId: z.string().optional(),
    officer: z.string().optional(),
    doneAt: Instant.optional(),
    rating: z
      .object({ score: z.number(), comment: z.string().optional(), at: Instant, source: z.string().optional() })
      .optional()
      .describe("the ticket's rating"),
  })
  .meta({ id: 'DossierTicket', description: 'A visit that served a dossier, with its rating' });

export const DossierDetail = z.object({ dossier: NamedDossier, tickets: z.array(DossierTicket) }).meta({ id: 'DossierDetail' });

export const LinkedDossiers = z
  .object({
    ticketId: z.string(),
    dossiers: z.array(Dossier).describe("the ticket's dossiers, in the order of its codes"),
    added: z.number().describe('codes newly linked'),
  })
  .meta({ id: 'LinkedDossiers' });

export const PushedDossier = z
  .object({ change: z.enum(['added', 'updated', 'unchanged']), dossier: Dossier })
  .meta({ id: 'PushedDossier', description: 'One dossier pushed by its code, and what changed' });

export const DOSSIER_PROBLEMS = [
  'missing',
  'bad_date',
  'bad_code',
  'duplicate',
  'unknown_service',
  'due_before_received',
  'resolved_before_received',
  'returned_before_resolved',
  'in_future',
  'status_mismatch',
  'no_header',
  'no_rows',
  'too_many_rows',
  'unreadable',
] as const;

export const DossierProblem = z
  .object({
    line: z.number().optional().describe('the line of the spreadsheet, as Excel numbers it'),
    index: z.number().optional().describe("the dossier's index in a batch, from 0"),
    column: z.string().describe("the column's header as in the file, or the body's field"),
    code: z.string().optional(),
    value: z.string().optional().describe("the cell's text when it is what is wrong"),
    problem: z.enum(DOSSIER_PROBLEMS),
    message: z.string(),
  })
  .meta({ id: 'DossierProblem', description: 'A row (or pushed dossier) that was not taken, and why' });

export const DossierImportResult = z
  .object({
    mode: ImportMode,
    rows: z.number().describe('rows (or pushed dossiers) read'),
    added: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    rejected: z.number().describe('rows not taken: the invalid ones, or every row when all-or-nothing met a problem'),
    problems: z.array(DossierProblem),
  })
  .meta({ id: 'DossierImportResult', description: 'What an import or a batch did: counts and each problem' });

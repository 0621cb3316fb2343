/** Script refusal cases of the dossier link: codes linked to a ticket afterwards, dossiers saved from the one-stop software. */
import { keys } from '../../server/redis/keys.js';
import * as k from '../support/worst-script-inputs.js';
import { caseOf, DAY, MAXLEN, NOW, type Case, type ScriptOffice } from './script-refusals-office.js';

export function dossierScriptCases({ o, officer, day }: ScriptOffice): Case[] {
  const link = { office: o, date: DAY, number: 'K001', codes: ['HS-7', 'HS-1'], who: officer(6), now: NOW, streamMaxLen: MAXLEN };
  const saved = { code: 'HS-1', serviceId: 'tra-ket-qua', receivedDate: DAY, dueDate: DAY, resolvedDate: DAY, returnedDate: DAY, title: 'Cấp bản sao' };
  const days = [{ aggregates: day.aggregates, monthAggregates: day.monthAggregates }];
  const save = {
    days: [DAY],
    dossiers: [saved, { ...saved, code: 'HS-8', resolvedDate: undefined, returnedDate: undefined }],
    source: 'import' as const,
    who: `admin-${o}`,
    now: NOW,
    streamMaxLen: MAXLEN,
  };
  const item = (change: Record<string, unknown>) => [{ ...saved, ...change }];
  return [
    caseOf({
      name: 'linkDossiers',
      keys: { tickets: day.tickets, dossiers: keys.dossiers(o), events: keys.events(o) },
      args: link,
      kinds: {
        office: k.id,
        date: k.date,
        number: k.ticketNumber,
        codes: k.values(
          undefined,
          [],
          'HS-7',
          ['HS-7', 'HS-7'],
          [''],
          ['HS 7'],
          ['x'.repeat(61)],
          ['\ud800'],
          [5],
          Array.from({ length: 21 }, (_, i) => `HS-${i}`),
        ),
        who: k.username,
        now: k.int,
        streamMaxLen: k.int,
      },
      // a ticket still at its counter, and one that does not exist
      alsoRefused: [{ args: { ...link, number: 'A001' } }, { args: { ...link, number: 'A999' } }],
    }),
    caseOf({
      name: 'saveDossiers',
      keys: { dossiers: keys.dossiers(o), events: keys.events(o), days },
      args: save,
      kinds: {
        days: k.values(undefined, [], ['2026-13-01'], [DAY, DAY], 'x', [5]),
        dossiers: k.values(
          undefined,
          [],
          [saved, saved],
          item({ code: '' }),
          item({ code: 'HS 1' }),
          item({ serviceId: 'A B' }),
          item({ receivedDate: '25/11/2026' }),
          item({ dueDate: '2026-11-24' }),
          item({ resolvedDate: '2026-11-24' }),
          item({ resolvedDate: undefined }),
          item({ returnedDate: '2026-11-24' }),
          item({ title: '' }),
          item({ title: '\ud800' }),
          item({ status: 'resolved' }),
          Array.from({ length: 10_001 }, (_, i) => ({ ...saved, code: `HS-${i}` })),
        ),
        source: k.oneOf('import', 'api'),
        who: k.username,
        now: k.int,
        streamMaxLen: k.int,
      },
      // HS-1 counts on DAY, whose keys are not passed: the caller must read again
      alsoRefused: [{ args: { ...save, days: [] }, keys: { dossiers: keys.dossiers(o), events: keys.events(o), days: [] } }],
    }),
  ];
}

/**
 * The administrator's office picker: each office by its short name (the full name in its tooltip,
 * its id in the value), sorted the Vietnamese way, under its group (the old district) when the
 * deployment has groups, so a province's hundred-odd offices are found by the name people know
 * them by, and the chosen one still reads whole on a phone.
 */
import { html, type TemplateResult } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import { byPlaceName } from '../../shared/office-name-order.js';
import type { AdminOfficeList } from '../../shared/schemas/office-responses.js';

type Entry = AdminOfficeList['directory'][number];

const shown = (o: Entry) => o.shortName ?? o.name;
const byName = (a: Entry, b: Entry) => byPlaceName(shown(a), shown(b));

/** The groups the offices are in, sorted the Vietnamese way. */
export const officeGroups = (offices: readonly Entry[]): string[] =>
  [...new Set(offices.flatMap((o) => (o.group ? [o.group] : [])))].sort((a, b) => a.localeCompare(b, 'vi'));

export function officeOptions(offices: readonly Entry[], selected: string): TemplateResult[] {
  const option = (o: Entry) => html`<option value=${o.id} title=${o.name} ?selected=${o.id === selected}>${shown(o)}</option>`;
  const groups = officeGroups(offices);
  if (!groups.length) return [...offices].sort(byName).map(option);
  const ungrouped = offices.filter((o) => !o.group).sort(byName);
  return [
    ...groups.map(
      (g) =>
        html`<optgroup label=${g}>
          ${offices
            .filter((o) => o.group === g)
            .sort(byName)
            .map(option)}
        </optgroup>`,
    ),
    ...(ungrouped.length ? [html`<optgroup label=${t('noOfficeGroup')}>${ungrouped.map(option)}</optgroup>`] : []),
  ];
}

/**
 * The office itself: names, address, group, zone, working days, closing time, days off; and a new
 * office from this one. Only the deployment administrator changes the group (the server refuses
 * anyone else): it decides which supervisors see the office.
 */
import { LitElement, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { adminStyles } from '../styles/admin.js';

const WEEKDAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

export class AdminOffice extends LitElement {
  static override properties = { config: { attribute: false }, deployment: { attribute: false }, result: { state: true } };
  declare config: OfficeConfig;
  /** the signed-in administrator is the deployment's */
  declare deployment: boolean;
  declare result: { ok: boolean; text: string } | undefined;
  static override styles = adminStyles;

  constructor() {
    super();
    this.deployment = false;
  }

  private change(patch: Partial<OfficeConfig>): void {
    this.dispatchEvent(new CustomEvent('config-change', { detail: { ...this.config, ...patch }, bubbles: true, composed: true }));
  }

  private toggleDay(d: number, on: boolean): void {
    const days = new Set(this.config.workingDays);
    if (on) days.add(d);
    else days.delete(d);
    this.change({ workingDays: [...days].sort() });
  }

  private async create(e: Event): Promise<void> {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const id = String(f.get('id') ?? '').trim();
    const name = String(f.get('name') ?? '').trim();
    try {
      // a new office is a real one: paired kiosks only, whatever the office it copies (the demo allows any)
      await api('POST', '/admin/offices', { ...this.config, id, name, shortName: name, requirePairedKiosks: true });
      this.result = { ok: true, text: t('created', { id }) };
      this.dispatchEvent(new CustomEvent('office-created', { detail: id, bubbles: true, composed: true }));
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
  }

  override render() {
    const c = this.config;
    const val = (e: Event) => (e.target as HTMLInputElement).value;
    return html`
      <label for="name">${t('officeName')}</label><input id="name" class="w-l" .value=${c.name} @change=${(e: Event) => this.change({ name: val(e) })} />
      <label for="short">${t('shortName')}</label><input id="short" class="w-l" .value=${c.shortName ?? ''} @change=${(e: Event) => this.change({ shortName: val(e) || undefined })} />
      <label for="addr">${t('officeAddress')}</label><input id="addr" class="w-l" .value=${c.address ?? ''} @change=${(e: Event) => this.change({ address: val(e) || undefined })} />
      <label for="group">${t('officeGroup')}</label>
      <input id="group" class="w-l" data-field="group" maxlength="80" aria-describedby="group-hint" .value=${c.group ?? ''} ?readonly=${!this.deployment}
        @change=${(e: Event) => this.change({ group: val(e).trim() || undefined })} />
      <p id="group-hint" class="muted">${this.deployment ? t('officeGroupHint') : t('officeGroupReadOnly')}</p>
      <label for="tz">${t('timeZone')}</label><input id="tz" class="w-m" .value=${c.timeZone} @change=${(e: Event) => this.change({ timeZone: val(e) })} />
      <label>${t('workingDays')}</label>
      ${WEEKDAYS.map((name, d) => html`<label class="inline"><input type="checkbox" .checked=${c.workingDays.includes(d)} @change=${(e: Event) => this.toggleDay(d, (e.target as HTMLInputElement).checked)} />${name}</label>`)}
      <label for="close">${t('closingTime')}</label><input id="close" class="w-s" .value=${c.closingTime} @change=${(e: Event) => this.change({ closingTime: val(e) })} />
      <label for="nowrite">${t('noWriting')}</label>
      <select id="nowrite" @change=${(e: Event) => this.change({ noWritingWeekday: val(e) === '' ? null : Number(val(e)) })}>
        <option value="" ?selected=${c.noWritingWeekday === null}>${t('none')}</option>
        ${WEEKDAYS.map((name, d) => html`<option value=${d} ?selected=${c.noWritingWeekday === d}>${name}</option>`)}
      </select>
      <label for="off">${t('daysOff')}</label>
      <textarea id="off" rows="4" .value=${c.daysOff.join('\n')} @change=${(e: Event) =>
        this.change({
          daysOff: val(e)
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        })}></textarea>
      <label class="inline"><input type="checkbox" .checked=${c.cccdEnabled} @change=${(e: Event) => this.change({ cccdEnabled: (e.target as HTMLInputElement).checked })} />${t('cccdEnabled')}</label>
      <label class="inline"><input type="checkbox" data-field="requirePairedKiosks" .checked=${c.requirePairedKiosks} @change=${(e: Event) => this.change({ requirePairedKiosks: (e.target as HTMLInputElement).checked })} />${t('requirePairedKiosks')}</label>
      <label class="inline"><input type="checkbox" data-field="allowUnpairedScreens" .checked=${c.allowUnpairedScreens} @change=${(e: Event) => this.change({ allowUnpairedScreens: (e.target as HTMLInputElement).checked })} />${t('allowUnpairedScreens')}</label>
      <label for="cd">${t('complaintDays')}</label><input id="cd" class="w-xs" type="number" min="1" max="60" .value=${String(c.complaintDeadlineDays)} @change=${(e: Event) => this.change({ complaintDeadlineDays: Number(val(e)) })} />
      <form @submit=${this.create}>
        <h3>${t('newOffice')}</h3>
        <label class="inline">${t('newOfficeId')} <input name="id" class="w-m" required pattern="[a-z0-9][a-z0-9-]{0,39}" /></label>
        <label class="inline">${t('officeName')} <input name="name" class="w-m" required /></label>
        <button type="submit">${t('create')}</button>
        ${this.result ? html`<p class=${this.result.ok ? 'ok' : 'bad'} role="status">${this.result.text}</p>` : nothing}
      </form>`;
  }
}
customElements.define('qms-admin-office', AdminOffice);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-office': AdminOffice;
  }
}

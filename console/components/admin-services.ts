/** Services of the office: name, ticket prefix, issuing hours, daily limit, on/off, and what bookings each takes. Edits the draft config. */
import { LitElement, html } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { OfficeConfig, Service } from '../../shared/schemas/office.js';
import { adminStyles } from '../styles/admin.js';
import './admin-service-bookings.js';

export const hoursText = (s: Service) => s.hours.map((w) => `${w.from}-${w.to}`).join(', ');
export function parseHours(text: string): Service['hours'] {
  return text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [from = '', to = ''] = p.split('-').map((x) => x.trim());
      return { from, to };
    });
}

export class AdminServices extends LitElement {
  static override properties = { config: { attribute: false } };
  declare config: OfficeConfig;
  static override styles = adminStyles;

  private change(services: Service[]): void {
    this.dispatchEvent(new CustomEvent('config-change', { detail: { ...this.config, services }, bubbles: true, composed: true }));
  }

  private edit(i: number, patch: Partial<Service>): void {
    this.change(this.config.services.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  }

  /** An empty English name is none at all: the kiosk then shows the Vietnamese name in English too. */
  private editEnglish(i: number, value: string): void {
    const name = value.trim();
    this.change(
      this.config.services.map((s, j) => {
        if (j !== i) return s;
        const { nameEn: _old, ...rest } = s;
        return name ? { ...rest, nameEn: name } : rest;
      }),
    );
  }

  private add(): void {
    const n = this.config.services.length + 1;
    this.change([
      ...this.config.services,
      {
        id: `dich-vu-${n}`,
        name: t('newServiceName', { n }),
        prefix: '',
        dailyLimit: 100,
        hours: [{ from: '07:30', to: '11:15' }],
        targetWaitMinutes: 15,
        avgServiceMinutes: 8,
        enabled: true,
        booking: { remote: false },
      },
    ]);
  }

  override render() {
    const val = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<table>
        <tr><th>${t('id')}</th><th>${t('name')}</th><th>${t('nameEn')}</th><th>${t('prefix')}</th><th>${t('hours')}</th><th>${t('dailyLimit')}</th><th>${t('enabled')}</th><th>${t('actions')}</th></tr>
        ${this.config.services.map(
          (s, i) => html`<tr data-service=${s.id}>
            <td><input class="w-m" aria-label=${t('id')} .value=${s.id} @change=${(e: Event) => this.edit(i, { id: val(e) })} /></td>
            <td><input class="w-l" aria-label=${t('name')} .value=${s.name} @change=${(e: Event) => this.edit(i, { name: val(e) })} /></td>
            <td><input class="w-l" lang="en" data-field="nameEn" aria-label=${t('nameEn')} .value=${s.nameEn ?? ''} @change=${(e: Event) => this.editEnglish(i, val(e))} /></td>
            <td><input class="w-xs" aria-label=${t('prefix')} .value=${s.prefix} @change=${(e: Event) => this.edit(i, { prefix: val(e).toUpperCase() })} /></td>
            <td><input class="w-m" aria-label=${t('hours')} .value=${hoursText(s)} @change=${(e: Event) => this.edit(i, { hours: parseHours(val(e)) })} /></td>
            <td><input class="w-s" type="number" min="1" aria-label=${t('dailyLimit')} .value=${String(s.dailyLimit)} @change=${(e: Event) => this.edit(i, { dailyLimit: Number(val(e)) })} /></td>
            <td><input type="checkbox" aria-label=${t('enabled')} .checked=${s.enabled} @change=${(e: Event) => this.edit(i, { enabled: (e.target as HTMLInputElement).checked })} /></td>
            <td><button @click=${() => this.change(this.config.services.filter((_, j) => j !== i))}>${t('remove')}</button></td>
          </tr>`,
        )}
      </table>
      <p><button @click=${this.add}>+ ${t('add')}</button></p>
      <qms-admin-service-bookings .config=${this.config}></qms-admin-service-bookings>`;
  }
}
customElements.define('qms-admin-services', AdminServices);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-services': AdminServices;
  }
}

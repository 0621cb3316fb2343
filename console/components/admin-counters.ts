/** Counters: number, name, and the services each serves (checked in the order they are added). */
import { LitElement, html } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { Counter, OfficeConfig } from '../../shared/schemas/office.js';
import { adminStyles } from '../styles/admin.js';

export class AdminCounters extends LitElement {
  static override properties = { config: { attribute: false } };
  declare config: OfficeConfig;
  static override styles = adminStyles;

  private change(counters: Counter[]): void {
    this.dispatchEvent(new CustomEvent('config-change', { detail: { ...this.config, counters }, bubbles: true, composed: true }));
  }

  private edit(i: number, patch: Partial<Counter>): void {
    this.change(this.config.counters.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  }

  private toggle(i: number, serviceId: string, on: boolean): void {
    const c = this.config.counters[i]!;
    this.edit(i, { services: on ? [...c.services.filter((s) => s !== serviceId), serviceId] : c.services.filter((s) => s !== serviceId) });
  }

  private add(): void {
    const n = Math.max(0, ...this.config.counters.map((c) => c.number)) + 1;
    this.change([...this.config.counters, { id: String(n), number: n, name: t('newCounterName', { n }), services: [this.config.services[0]!.id] }]);
  }

  override render() {
    const val = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<table>
        <tr><th>${t('id')}</th><th>${t('number')}</th><th>${t('name')}</th><th>${t('servicesServed')}</th><th>${t('actions')}</th></tr>
        ${this.config.counters.map(
          (c, i) => html`<tr data-counter=${c.id}>
            <td><input class="w-s" aria-label=${t('id')} .value=${c.id} @change=${(e: Event) => this.edit(i, { id: val(e) })} /></td>
            <td><input class="w-xs" type="number" min="1" aria-label=${t('number')} .value=${String(c.number)} @change=${(e: Event) => this.edit(i, { number: Number(val(e)) })} /></td>
            <td><input class="w-m" aria-label=${t('name')} .value=${c.name} @change=${(e: Event) => this.edit(i, { name: val(e) })} /></td>
            <td>
              ${this.config.services.map(
                (s) => html`<label class="inline"><input type="checkbox" data-service=${s.id} .checked=${c.services.includes(s.id)}
                    @change=${(e: Event) => this.toggle(i, s.id, (e.target as HTMLInputElement).checked)} />${s.prefix} ${s.name}${c.services.includes(s.id) ? html` <b>(${c.services.indexOf(s.id) + 1})</b>` : ''}</label>`,
              )}
            </td>
            <td><button @click=${() => this.change(this.config.counters.filter((_, j) => j !== i))}>${t('remove')}</button></td>
          </tr>`,
        )}
      </table>
      <p><button @click=${this.add}>+ ${t('add')}</button></p>`;
  }
}
customElements.define('qms-admin-counters', AdminCounters);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-counters': AdminCounters;
  }
}

/** Notices, the call phrase (with a link to hear it), the priority policy, the rating scale and the booking rules. */
import { LitElement, html } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { adminStyles } from '../styles/admin.js';
import './admin-booking-policy.js';

export class AdminSettings extends LitElement {
  static override properties = { config: { attribute: false } };
  declare config: OfficeConfig;
  static override styles = adminStyles;

  private change(patch: Partial<OfficeConfig>): void {
    this.dispatchEvent(new CustomEvent('config-change', { detail: { ...this.config, ...patch }, bubbles: true, composed: true }));
  }

  override render() {
    const c = this.config;
    const val = (e: Event) => (e.target as HTMLInputElement).value;
    const lines = (e: Event) =>
      val(e)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return html`
      <label for="notices">${t('notices')}</label>
      <textarea id="notices" rows="5" .value=${c.notices.join('\n')} @change=${(e: Event) => this.change({ notices: lines(e) })}></textarea>
      <label for="phrase">${t('callPhrase')}</label>
      <input id="phrase" class="w-l" .value=${c.callPhrase} @change=${(e: Event) => this.change({ callPhrase: val(e) })} />
      <p><a href="/display/voice-test.html?office=${c.id}" target="_blank" rel="noopener">♪ ${t('voiceTest')}</a></p>
      <label>${t('priorityMode')}</label>
      <label class="inline"><input type="radio" name="mode" .checked=${c.priority.mode === 'strict'} @change=${() => this.change({ priority: { ...c.priority, mode: 'strict' } })} />${t('strict')}</label>
      <label class="inline"><input type="radio" name="mode" .checked=${c.priority.mode === 'interleave'} @change=${() => this.change({ priority: { ...c.priority, mode: 'interleave' } })} />${t('interleave')}</label>
      <label class="inline">${t('every')} <input class="w-xs" type="number" min="1" max="20" .value=${String(c.priority.every)} @change=${(e: Event) => this.change({ priority: { ...c.priority, every: Number(val(e)) } })} /></label>
      <label for="cats">${t('categories')}</label>
      <textarea id="cats" rows="5" .value=${c.priority.categories.map((x) => `${x.id} | ${x.name}`).join('\n')}
        @change=${(e: Event) =>
          this.change({
            priority: {
              ...c.priority,
              categories: lines(e).map((l) => {
                const [id = '', ...name] = l.split('|');
                return { id: id.trim(), name: name.join('|').trim() };
              }),
            },
          })}></textarea>
      <label for="neutral">${t('ratingNeutral')}</label>
      <select id="neutral" @change=${(e: Event) => this.change({ rating: { ...c.rating, neutralCountsAs: val(e) as 'satisfied' | 'dissatisfied' } })}>
        <option value="satisfied" ?selected=${c.rating.neutralCountsAs === 'satisfied'}>${t('satisfied')}</option>
        <option value="dissatisfied" ?selected=${c.rating.neutralCountsAs === 'dissatisfied'}>${t('dissatisfied')}</option>
      </select>
      <label class="inline">${t('ratingRepeat')} <input class="w-xs" type="number" min="0" max="120" .value=${String(c.rating.repeatIntervalSeconds)} @change=${(e: Event) => this.change({ rating: { ...c.rating, repeatIntervalSeconds: Number(val(e)) } })} /></label>
      <qms-admin-booking-policy .config=${c}></qms-admin-booking-policy>
    `;
  }
}
customElements.define('qms-admin-settings', AdminSettings);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-settings': AdminSettings;
  }
}

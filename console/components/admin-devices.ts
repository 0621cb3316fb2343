/** Kiosks, boards and counter screens: last heartbeat and whether each is connected now. */
import { LitElement, html } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import { api } from '../../shared/ui/api-client.js';
import { adminStyles } from './admin-styles.js';

interface Device {
  id: string;
  kind: string;
  lastSeen: number;
  connected: boolean;
}

/** A device that has not sent a heartbeat (every 15 s) for this long is shown as lost. */
const STALE_MS = 45_000;

export class AdminDevices extends LitElement {
  static override properties = { office: { attribute: false }, timeZone: { attribute: false }, devices: { state: true } };
  declare office: string;
  declare timeZone: string;
  declare devices: Device[] | undefined;
  static override styles = adminStyles;
  private timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.timer = setInterval(() => void this.load(), 10_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private async load(): Promise<void> {
    const { devices } = await api<{ devices: Device[] }>('GET', `/admin/offices/${this.office}/devices`);
    this.devices = devices.sort((a, b) => a.id.localeCompare(b.id));
  }

  override render() {
    if (!this.devices) return html``;
    if (!this.devices.length) return html`<p class="muted">${t('noDevices')}</p>`;
    const now = Date.now();
    const fmt = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'medium', timeZone: this.timeZone || 'Asia/Ho_Chi_Minh' });
    return html`<table>
      <tr><th>${t('device')}</th><th>${t('kind')}</th><th>${t('lastSeen')}</th><th>${t('connection')}</th></tr>
      ${this.devices.map((d) => {
        const state = !d.connected ? ['bad', t('disconnected')] : now - d.lastSeen > STALE_MS ? ['bad', t('stale')] : ['ok', t('connected')];
        return html`<tr data-device=${d.id}><td>${d.id}</td><td>${d.kind}</td><td>${fmt.format(d.lastSeen)} (${Math.round((now - d.lastSeen) / 1000)} s)</td><td class=${state[0]!}>● ${state[1]}</td></tr>`;
      })}
    </table>`;
  }
}
customElements.define('qms-admin-devices', AdminDevices);

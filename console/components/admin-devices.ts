/**
 * The office's devices (kiosks, rating tablets, boards, counter screens): add one, pair it with the
 * code its screen shows, see when each paired device was last heard from, revoke or delete it.
 */
import { LitElement, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { DeviceKind, DeviceView } from '../../shared/schemas/device.js';
import type { Counter } from '../../shared/schemas/office.js';
import { api } from '../../shared/ui/api-client.js';
import { adminStyles } from '../styles/admin.js';
import { PeriodicLoad } from '../lib/periodic-load.js';
import { errorText } from '../../shared/ui/api-client.js';

/** The server's word on each paired device (shared/device-connection.ts): the province's live wall counts the same. */
const CONNECTION_LABEL = { connected: 'connected', silent: 'stale', disconnected: 'disconnected', never: 'neverConnected' } as const;
const KIND_LABEL = { kiosk: 'kindKiosk', tablet: 'kindTablet', board: 'kindBoard', 'counter-screen': 'kindCounterScreen' } as const;
const KINDS = Object.keys(KIND_LABEL) as DeviceKind[];
const hasCounter = (kind: DeviceKind) => kind === 'tablet' || kind === 'counter-screen';

export class AdminDevices extends LitElement {
  static override properties = {
    office: { attribute: false },
    timeZone: { attribute: false },
    counters: { attribute: false },
    devices: { state: true },
    pairing: { state: true },
    newKind: { state: true },
    result: { state: true },
  };
  declare office: string;
  declare timeZone: string;
  declare counters: Counter[];
  declare devices: DeviceView[] | undefined;
  /** the device whose pairing code is being typed */
  declare pairing: string | undefined;
  declare newKind: DeviceKind;
  declare result: { ok: boolean; text: string } | undefined;
  static override styles = adminStyles;
  private readonly refresh = new PeriodicLoad(this, () => this.load(), 10_000);

  constructor() {
    super();
    this.counters = [];
    this.newKind = 'tablet';
  }

  private get base(): string {
    return `/admin/offices/${encodeURIComponent(this.office)}/devices`;
  }

  private async load(): Promise<void> {
    try {
      this.devices = (await api<{ devices: DeviceView[] }>('GET', this.base)).devices;
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
  }

  private async act(fn: () => Promise<string>): Promise<void> {
    try {
      this.result = { ok: true, text: await fn() };
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
    await this.load();
  }

  private add(e: Event): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    const id = String(f.get('id') ?? '').trim();
    const body = {
      kind: this.newKind,
      name: String(f.get('name') ?? '').trim(),
      ...(id ? { id } : {}),
      ...(hasCounter(this.newKind) ? { counter: String(f.get('counter')) } : {}),
    };
    return this.act(async () => {
      const { device } = await api<{ device: DeviceView }>('POST', this.base, body);
      form.reset();
      this.pairing = device.id;
      return t('deviceAdded', { name: device.name });
    });
  }

  private confirm(e: Event, d: DeviceView): Promise<void> {
    e.preventDefault();
    const code = String(new FormData(e.target as HTMLFormElement).get('code') ?? '');
    return this.act(async () => {
      await api('POST', `${this.base}/${encodeURIComponent(d.id)}/pair`, { code });
      this.pairing = undefined;
      return t('pairConfirmed', { name: d.name });
    });
  }

  private revoke(d: DeviceView): Promise<void> | undefined {
    if (!confirm(t('revokeConfirm', { name: d.name }))) return undefined;
    return this.act(async () => {
      await api('POST', `${this.base}/${encodeURIComponent(d.id)}/revoke`);
      return t('revoked', { name: d.name });
    });
  }

  private deleteDevice(d: DeviceView): Promise<void> | undefined {
    if (!confirm(t('deleteDeviceConfirm', { name: d.name }))) return undefined;
    return this.act(async () => {
      await api('DELETE', `${this.base}/${encodeURIComponent(d.id)}`);
      return `${t('remove')}: ${d.name}`;
    });
  }

  override render() {
    return html`<p class="muted">${t('devicesHelp')}</p>
      ${this.devices?.length ? this.table(this.devices) : this.devices ? html`<p class="muted">${t('noDevices')}</p>` : nothing}
      ${this.result ? html`<p class=${this.result.ok ? 'ok' : 'bad'} role="status" data-testid="device-result">${this.result.text}</p>` : nothing}
      <form @submit=${this.add} data-form="new-device">
        <h3>${t('newDevice')}</h3>
        <label class="inline">${t('kind')}
          <select name="kind" @change=${(e: Event) => (this.newKind = (e.target as HTMLSelectElement).value as DeviceKind)}>
            ${KINDS.map((k) => html`<option value=${k} ?selected=${k === this.newKind}>${t(KIND_LABEL[k])}</option>`)}
          </select></label>
        ${
          hasCounter(this.newKind)
            ? html`<label class="inline">${t('counterOf')} <select name="counter">${this.counters.map((c) => html`<option value=${c.id}>${c.number} – ${c.name}</option>`)}</select></label>`
            : nothing
        }
        <label class="inline">${t('name')} <input name="name" class="w-m" required maxlength="80" /></label>
        <label class="inline">${t('deviceIdOptional')} <input name="id" class="w-s" pattern="[a-z0-9][a-z0-9\\-]{0,31}" /></label>
        <button class="primary" type="submit" data-action="add-device">${t('add')}</button>
      </form>`;
  }

  private table(devices: DeviceView[]) {
    const now = Date.now();
    const fmt = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'medium', timeZone: this.timeZone || 'Asia/Ho_Chi_Minh' });
    const counterName = (id?: string) => (id ? (this.counters.find((c) => c.id === id)?.name ?? id) : '');
    return html`<table>
      <tr><th>${t('device')}</th><th>${t('kind')}</th><th>${t('counterOf')}</th><th>${t('pairing')}</th><th>${t('lastSeen')}</th><th>${t('connection')}</th><th>${t('actions')}</th></tr>
      ${devices.map((d) => {
        const state = d.connection && [d.connection === 'connected' ? 'ok' : 'bad', t(CONNECTION_LABEL[d.connection])];
        return html`<tr data-device=${d.id} data-paired=${d.paired}>
          <td><strong>${d.name}</strong><br /><span class="muted">${d.id}</span></td>
          <td>${t(KIND_LABEL[d.kind])}</td>
          <td>${counterName(d.counter)}</td>
          <td class=${d.paired ? 'ok' : 'bad'}>${d.paired ? t('paired') : t('notPaired')}</td>
          <td>${d.lastSeen !== undefined ? html`${fmt.format(d.lastSeen)} (${Math.max(0, Math.round((now - d.lastSeen) / 1000))} s)` : html`<span class="muted">${t('neverSeen')}</span>`}</td>
          <td data-connection=${d.connection ?? nothing}>${state ? html`<span class=${state[0]!}>● ${state[1]}</span>` : nothing}</td>
          <td>
            ${
              this.pairing === d.id
                ? html`<form @submit=${(e: Event) => this.confirm(e, d)}>
                  <label class="inline">${t('pairingCode')} <input name="code" class="w-s" required maxlength="12" autocomplete="off" autocapitalize="characters" /></label>
                  <button class="primary" type="submit" data-action="confirm-pairing">${t('confirmPairing')}</button>
                </form>`
                : html`<button data-action="pair" @click=${() => (this.pairing = d.id)}>${t('pairing')}</button>`
            }
            ${d.paired ? html`<button data-action="revoke" @click=${() => this.revoke(d)}>${t('revoke')}</button>` : nothing}
            <button data-action="delete" @click=${() => this.deleteDevice(d)}>${t('remove')}</button>
          </td>
        </tr>`;
      })}
    </table>`;
  }
}
customElements.define('qms-admin-devices', AdminDevices);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-devices': AdminDevices;
  }
}

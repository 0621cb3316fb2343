/**
 * A Lit reactive controller for a screen that may need pairing: it holds the screen's device key
 * (./device-key.ts), decides from a refusal whether the screen must show its pairing code, and
 * renders the pairing panel until the screen is paired. `onKeyChange` lets the host reconnect its
 * socket with the new (or no) key.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DeviceKind } from '../schemas/device.js';
import { DeviceKeyStore } from './device-key.js';
import type { PairedDetail } from './pairing-panel.js';
import './pairing-panel.js';

export interface DevicePairingOptions {
  kind: DeviceKind;
  office: string;
  counter?: string;
  onKeyChange: () => void;
}

export class DevicePairing implements ReactiveController {
  readonly store: DeviceKeyStore;
  /** the screen shows its pairing code */
  active = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: DevicePairingOptions,
  ) {
    this.store = new DeviceKeyStore(opts.kind, opts.office, opts.counter);
    host.addController(this);
  }

  hostConnected(): void {}

  get key(): string | undefined {
    return this.store.key;
  }

  show(): void {
    this.active = true;
    this.host.requestUpdate();
  }

  /**
   * Handles a refusal from the server; true when it was about pairing. A key that is no longer
   * paired is forgotten (the screen carries on unpaired where that is allowed); a refusal that
   * needs a paired device shows the code.
   */
  refused(code: string): boolean {
    if (code === 'device_not_paired') {
      this.store.forget();
      this.opts.onKeyChange();
      return true;
    }
    if (code === 'pairing_required' || code === 'paired_kiosk_required') {
      this.show();
      return true;
    }
    return false;
  }

  render(): TemplateResult {
    return html`<qms-pairing-panel kind=${this.opts.kind} @paired=${(e: CustomEvent<PairedDetail>) => this.paired(e.detail)}></qms-pairing-panel>`;
  }

  private paired({ key }: PairedDetail): void {
    this.store.save(key);
    this.active = false;
    this.host.requestUpdate();
    this.opts.onKeyChange();
  }
}

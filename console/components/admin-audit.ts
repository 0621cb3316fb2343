/**
 * The audit trail: who changed what, when and from where, newest first. An office administrator
 * reads its office's trail; the deployment administrator can also read the whole deployment's
 * (every account, deployment-wide ones included, and every office's configuration).
 */
import { LitElement, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { AuditEntry } from '../../shared/schemas/audit.js';
import { api } from '../../shared/ui/api-client.js';
import { adminStyles } from '../styles/admin.js';
import { auditStyles, auditTable } from '../lib/audit-entries.js';
import { errorText } from '../../shared/ui/api-client.js';

type Scope = 'office' | 'deployment';

export class AdminAudit extends LitElement {
  static override properties = {
    office: { attribute: false },
    timeZone: { attribute: false },
    deployment: { attribute: false },
    scope: { state: true },
    entries: { state: true },
    error: { state: true },
  };
  declare office: string;
  declare timeZone: string;
  /** the signed-in administrator is the deployment's: it may read the deployment trail */
  declare deployment: boolean;
  declare scope: Scope;
  declare entries: AuditEntry[];
  declare error: string | undefined;
  static override styles = [adminStyles, auditStyles];

  constructor() {
    super();
    this.entries = [];
    this.scope = 'office';
    this.deployment = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override updated(changed: Map<string, unknown>): void {
    // another office chosen in the header while this tab is open
    if (changed.has('office') && changed.get('office') !== undefined) void this.load();
  }

  private async load(): Promise<void> {
    try {
      const path = this.scope === 'deployment' ? '/admin/audit' : `/admin/offices/${this.office}/audit`;
      this.entries = (await api<{ entries: AuditEntry[] }>('GET', path)).entries.slice(0, 200);
      this.error = undefined;
    } catch (err) {
      this.error = errorText(err);
    }
  }

  private show(scope: Scope) {
    this.scope = scope;
    void this.load();
  }

  override render() {
    const tabs = this.deployment
      ? html`<p>
          <button aria-pressed=${this.scope === 'office'} data-scope="office" @click=${() => this.show('office')}>${t('auditOfficeTrail')}</button>
          <button aria-pressed=${this.scope === 'deployment'} data-scope="deployment" @click=${() => this.show('deployment')}>${t('auditDeploymentTrail')}</button>
        </p>`
      : nothing;
    return html`${tabs}${this.error ? html`<p class="bad" role="alert">${this.error}</p>` : nothing}${auditTable(this.entries, this.timeZone)}`;
  }
}
customElements.define('qms-admin-audit', AdminAudit);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-audit': AdminAudit;
  }
}

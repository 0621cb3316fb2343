/** The office's audit log: who changed what, newest first. */
import { LitElement, html } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import { api } from '../../shared/ui/api-client.js';
import { adminStyles } from './admin-styles.js';

interface Entry {
  at: number;
  user: string;
  role: string;
  method: string;
  path: string;
  status: number;
}

export class AdminAudit extends LitElement {
  static override properties = { office: { attribute: false }, timeZone: { attribute: false }, entries: { state: true } };
  declare office: string;
  declare timeZone: string;
  declare entries: Entry[];
  static override styles = adminStyles;

  constructor() {
    super();
    this.entries = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void api<{ entries: Entry[] }>('GET', `/admin/offices/${this.office}/audit`).then((r) => (this.entries = r.entries.slice(0, 200)));
  }

  override render() {
    const fmt = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'medium', timeZone: this.timeZone || 'Asia/Ho_Chi_Minh' });
    return html`<table>
      <tr><th>${t('when')}</th><th>${t('user')}</th><th>${t('action')}</th></tr>
      ${this.entries.map((e) => html`<tr><td>${fmt.format(e.at)}</td><td>${e.user} (${e.role})</td><td><code>${e.method} ${e.path}</code> → ${e.status}</td></tr>`)}
    </table>`;
  }
}
customElements.define('qms-admin-audit', AdminAudit);

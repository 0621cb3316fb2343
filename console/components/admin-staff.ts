/**
 * Staff accounts and roles: the accounts this administrator manages (an office administrator: those
 * of its own offices only), one form to create or edit an account, and that account's history
 * from the audit trail.
 */
import { LitElement, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { AuditEntry } from '../../shared/schemas/audit.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { api } from '../../shared/ui/api-client.js';
import { adminStyles } from '../styles/admin.js';
import { auditStyles, auditTable } from '../lib/audit-entries.js';
import { errorText } from '../../shared/ui/api-client.js';

type User = SessionUser & { disabled: boolean };
const ROLES = { admin: 'roleAdmin', chairman: 'roleChairman', officer: 'roleOfficer', supervisor: 'roleSupervisor' } as const;
const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export class AdminStaff extends LitElement {
  static override properties = {
    office: { attribute: false },
    timeZone: { attribute: false },
    deployment: { attribute: false },
    groups: { attribute: false },
    users: { state: true },
    editing: { state: true },
    history: { state: true },
    result: { state: true },
  };
  declare office: string;
  declare timeZone: string;
  /** the signed-in administrator is the deployment's (every account, the deployment trail) */
  declare deployment: boolean;
  /** the groups the deployment's offices are in: what a supervisor may be given */
  declare groups: string[];
  declare users: User[];
  declare editing: (User & { isNew: boolean }) | undefined;
  declare history: AuditEntry[];
  declare result: { ok: boolean; text: string } | undefined;
  static override styles = [adminStyles, auditStyles];

  constructor() {
    super();
    this.users = [];
    this.history = [];
    this.deployment = false;
    this.groups = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const { users } = await api<{ users: User[] }>('GET', '/admin/users');
    this.users = users.filter((u) => !u.offices.length || u.offices.includes(this.office)).sort((a, b) => a.username.localeCompare(b.username));
  }

  private async edit(u: User): Promise<void> {
    this.editing = { ...u, isNew: false };
    this.history = [];
    try {
      const path = this.deployment ? '/admin/audit' : `/admin/offices/${this.office}/audit`;
      this.history = (await api<{ entries: AuditEntry[] }>('GET', path)).entries.filter((e) => e.action.startsWith('account.') && e.target === u.username);
    } catch {
      /* the form works without its history */
    }
  }

  private async save(e: Event): Promise<void> {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const ed = this.editing!;
    const body = {
      username: String(f.get('username') ?? '').trim(),
      name: String(f.get('name') ?? '').trim(),
      role: String(f.get('role')),
      offices: list(String(f.get('offices') ?? '')),
      counters: list(String(f.get('counters') ?? '')),
      ...(f.get('role') === 'supervisor' ? { groups: f.getAll('groups').map(String) } : {}),
      disabled: f.get('disabled') === 'on',
      ...(f.get('password') ? { password: String(f.get('password')) } : {}),
    };
    try {
      await api(ed.isNew ? 'POST' : 'PUT', ed.isNew ? '/admin/users' : `/admin/users/${ed.username}`, body);
      this.result = { ok: true, text: t('accountSaved', { username: body.username }) };
      this.editing = undefined;
      await this.load();
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
  }

  /** A supervisor reads its offices and groups: the office a new account starts in would widen its scope unseen, so it is cleared. */
  private roleChanged(e: Event): void {
    const role = (e.target as HTMLSelectElement).value as User['role'];
    const ed = this.editing!;
    const offices = role === 'supervisor' ? [] : ed.role === 'supervisor' && ed.isNew ? [this.office] : ed.offices;
    this.editing = { ...ed, role, offices };
  }

  private groupChoices(ed: User) {
    const all = [...new Set([...this.groups, ...(ed.groups ?? [])])].sort((a, b) => a.localeCompare(b, 'vi'));
    return html`<fieldset class="groups">
      <legend>${t('supervisorGroups')}</legend>
      ${
        all.length
          ? all.map(
              (g) => html`<label class="inline"><input type="checkbox" name="groups" value=${g} .checked=${(ed.groups ?? []).includes(g)} /> ${g}</label>`,
            )
          : html`<span class="muted">${t('noOfficeGroups')}</span>`
      }
    </fieldset>`;
  }

  override render() {
    const ed = this.editing;
    return html`<table>
        <tr><th>${t('username')}</th><th>${t('name')}</th><th>${t('role')}</th><th>${t('offices')}</th><th>${t('countersAllowed')}</th><th>${t('disabled')}</th><th>${t('actions')}</th></tr>
        ${this.users.map(
          (u) => html`<tr data-user=${u.username}>
            <td>${u.username}</td><td>${u.name}</td><td>${t(ROLES[u.role])}</td><td>${[...u.offices, ...(u.groups ?? []).map((g) => `${t('groupLabel')}: ${g}`)].join(', ') || t('deploymentWide')}</td><td>${u.counters.join(', ') || '*'}</td>
            <td>${u.disabled ? t('disabled') : ''}</td>
            <td><button @click=${() => this.edit(u)}>${t('edit')}</button></td>
          </tr>`,
        )}
      </table>
      ${this.deployment ? nothing : html`<p class="muted" data-testid="staff-scope">${t('staffScopeOffice')}</p>`}
      <p><button @click=${() => ((this.history = []), (this.editing = { username: '', name: '', role: 'officer', offices: [this.office], counters: [], disabled: false, isNew: true }))}>+ ${t('newUser')}</button></p>
      ${this.result ? html`<p class=${this.result.ok ? 'ok' : 'bad'} role="status">${this.result.text}</p>` : nothing}
      ${
        ed
          ? html`<form @submit=${this.save}>
            <label>${t('username')} <input name="username" .value=${ed.username} ?readonly=${!ed.isNew} required /></label>
            <label>${t('name')} <input name="name" class="w-m" .value=${ed.name} required /></label>
            <label>${t('role')} <select name="role" @change=${this.roleChanged}>${Object.entries(ROLES)
              .filter(([r]) => this.deployment || r !== 'supervisor')
              .map(([r, n]) => html`<option value=${r} ?selected=${ed.role === r}>${t(n)}</option>`)}</select></label>
            <label>${t('offices')} <input name="offices" class="w-m" .value=${ed.offices.join(', ')} /></label>
            ${this.deployment && ed.role === 'supervisor' ? this.groupChoices(ed) : nothing}
            ${ed.role === 'supervisor' ? nothing : html`<label>${t('countersAllowed')} <input name="counters" class="w-m" .value=${ed.counters.join(', ')} /></label>`}
            <label>${ed.isNew ? t('password') : t('newPassword')} <input name="password" type="password" autocomplete="new-password" ?required=${ed.isNew} /></label>
            <label class="inline"><input type="checkbox" name="disabled" .checked=${ed.disabled} /> ${t('disabled')}</label>
            <p><button class="primary" type="submit">${t('saveUser')}</button> <button type="button" @click=${() => (this.editing = undefined)}>${t('cancel')}</button></p>
          </form>
          ${ed.isNew ? nothing : html`<h3>${t('accountHistory')}</h3>${auditTable(this.history, this.timeZone)}`}`
          : nothing
      }`;
  }
}
customElements.define('qms-admin-staff', AdminStaff);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-staff': AdminStaff;
  }
}

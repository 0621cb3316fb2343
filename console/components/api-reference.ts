/**
 * The API reference page (console/api.html): the server's own OpenAPI description, grouped by tag,
 * with a contents column that filters by path or summary. Drawn by this page's own code: no
 * viewer from elsewhere, nothing evaluated, under the strict CSP.
 */
import { LitElement, css, html, nothing } from 'lit';
import { apiText, at } from '../../shared/i18n/api-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { anchorOf, byTag, inlineText, type ApiDocument, type Entry } from '../lib/api-document.js';
import { apiStyles } from '../styles/api.js';
import './api-operation.js';
import './api-schema.js';

export class ApiReference extends LitElement {
  static override properties = { doc: { state: true }, error: { state: true }, filter: { state: true } };
  declare doc: ApiDocument | undefined;
  declare error: string | undefined;
  declare filter: string;
  static override styles = [
    apiStyles,
    css`
      header { background: var(--qms-navy); color: var(--qms-white); padding: 12px 20px; display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: baseline; }
      header h1 { margin: 0; font-size: 1.4rem; }
      header a { color: var(--qms-gold); }
      .layout { display: grid; grid-template-columns: minmax(220px, 300px) 1fr; gap: 0; }
      nav { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 12px; border-right: 1px solid var(--qms-line); background: var(--qms-white); box-sizing: border-box; }
      nav input { width: 100%; box-sizing: border-box; font: inherit; padding: 6px 8px; border: 2px solid var(--qms-field-line-admin); border-radius: 6px; }
      nav h2 { font-size: 0.95rem; margin: 14px 0 4px; }
      nav ul { list-style: none; margin: 0; padding: 0; }
      nav li { margin: 2px 0; font-size: 0.85rem; }
      nav a { text-decoration: none; color: var(--qms-ink); }
      nav .method { min-width: 44px; font-size: 0.7rem; }
      main { padding: 12px 24px 48px; min-width: 0; }
      section > h2 { border-bottom: 3px solid var(--qms-red); padding-bottom: 4px; margin-top: 28px; }
      qms-api-operation { display: block; background: var(--qms-white); border: 1px solid var(--qms-line); border-radius: 8px; padding: 4px 16px 12px; margin: 12px 0; }
      @media (max-width: 800px) { .layout { grid-template-columns: 1fr; } nav { position: static; max-height: none; border-right: 0; } }
    `,
  ];

  constructor() {
    super();
    this.filter = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = `${at('title')} – Hàng chờ một cửa`;
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.doc = await api<ApiDocument>('GET', '/openapi.json');
    } catch (err) {
      this.error = `${at('loadFailed')} ${errorText(err)}`;
    }
  }

  private shown(e: Entry): boolean {
    const f = this.filter.trim().toLowerCase();
    return !f || `${e.method} ${e.path} ${e.op.summary}`.toLowerCase().includes(f);
  }

  override render() {
    const other = getLang() === 'vi' ? 'en' : 'vi';
    return html`
      <header>
        <h1>${at('title')}</h1>
        ${this.doc ? html`<span>${this.doc.info.title} · ${at('version', { v: this.doc.info.version })} · OpenAPI ${this.doc.openapi}</span>` : nothing}
        <a href="/api/v1/openapi.json" download="openapi.json">${at('download')}</a>
        <a href=${`?lang=${other}`} lang=${other}>${at('language')}</a>
      </header>
      ${this.error ? html`<p role="alert" class="req">${this.error}</p>` : nothing} ${this.doc ? this.body(this.doc) : html`<p>${at('loading')}</p>`}
    `;
  }

  private body(doc: ApiDocument) {
    const groups = byTag(doc)
      .map((g) => ({ ...g, entries: g.entries.filter((e) => this.shown(e)) }))
      .filter((g) => g.entries.length);
    return html`<div class="layout">
      <nav aria-label=${at('contents')}>
        <input type="search" aria-label=${at('filter')} placeholder=${at('filter')} .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
        ${groups.map(
          (g) => html`<h2>${apiText('tag', g.tag)}</h2>
            <ul>
              ${g.entries.map(
                (e) => html`<li>
                  <a href=${`#${anchorOf(e)}`} @click=${(ev: Event) => this.jump(ev, anchorOf(e))}><span class="method ${e.method}">${e.method.toUpperCase()}</span> ${e.op.summary}</a>
                </li>`,
              )}
            </ul>`,
        )}
        <h2><a href="#schemas" @click=${(ev: Event) => this.jump(ev, 'schemas')}>${at('schemas')}</a></h2>
      </nav>
      <main>
        <p>${at('intro')}</p>
        ${groups.length ? nothing : html`<p>${at('nothingMatches')}</p>`}
        ${groups.map(
          (g) => html`<section aria-label=${apiText('tag', g.tag)}>
            <h2>${apiText('tag', g.tag)}</h2>
            ${g.description ? html`<p class="muted">${inlineText(g.description)}</p>` : nothing}
            ${g.entries.map((e) => html`<qms-api-operation id=${anchorOf(e)} .doc=${doc} .entry=${e}></qms-api-operation>`)}
          </section>`,
        )}
        <section id="schemas" aria-label=${at('schemas')}>
          <h2>${at('schemas')}</h2>
          ${Object.entries(doc.components.schemas).map(
            ([name, schema]) => html`<details id=${`schema-${name}`}>
              <summary><code>${name}</code></summary>
              <qms-api-schema .doc=${doc} .schema=${schema}></qms-api-schema>
            </details>`,
          )}
        </section>
      </main>
    </div>`;
  }

  /** Anchors live in shadow roots: the browser cannot find them by the URL's fragment alone. */
  private jump(ev: Event, id: string): void {
    ev.preventDefault();
    this.renderRoot.querySelector(`#${id}`)?.scrollIntoView({ block: 'start' });
    history.replaceState(null, '', `#${id}`);
  }
}

customElements.define('qms-api-reference', ApiReference);
declare global {
  interface HTMLElementTagNameMap {
    'qms-api-reference': ApiReference;
  }
}

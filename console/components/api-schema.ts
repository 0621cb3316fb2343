/**
 * One JSON Schema of the API description as a table of its fields (name, type, required, what it
 * says), each nested object opened on demand: a `$ref`, an object, a list of objects, variants.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { at } from '../../shared/i18n/api-messages.js';
import { hasParts, inlineText, resolve, typeLabel, type ApiDocument, type Schema } from '../lib/api-document.js';
import { apiStyles } from '../styles/api.js';

export class ApiSchema extends LitElement {
  static override properties = { doc: { attribute: false }, schema: { attribute: false }, depth: { type: Number } };
  declare doc: ApiDocument;
  declare schema: Schema;
  /** how deep in other schemas this one is: past a few levels the rest stays closed */
  declare depth: number;
  static override styles = apiStyles;

  private readonly opened = new Set<string>();

  constructor() {
    super();
    this.depth = 0;
  }

  override render() {
    const s = resolve(this.doc, this.schema);
    const variants = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
    if (variants) return html`<p class="muted">${at('oneOf')}:</p>${variants.map((v, i) => this.nested(v, typeLabel(v), false, `variant-${i}`))}`;
    if (s.type === 'array' && s.items) return this.nested(s.items as Schema, at('itemsOf', { of: typeLabel(s.items as Schema) }), true);
    const properties = s.properties as Record<string, Schema> | undefined;
    if (!properties) {
      const values = s.additionalProperties as Schema | undefined;
      return values && typeof values === 'object' ? this.nested(values, `{ …: ${typeLabel(values)} }`, true) : html`<p class="muted">${typeLabel(s)}</p>`;
    }
    const required = new Set((s.required ?? []) as string[]);
    return html`
      ${s.description ? html`<p>${inlineText(String(s.description))}</p>` : nothing}
      <table>
        <thead>
          <tr><th>${at('name')}</th><th>${at('type')}</th><th>${at('description')}</th></tr>
        </thead>
        <tbody>
          ${Object.entries(properties).map(([name, p]) => this.row(name, p, required.has(name)))}
        </tbody>
      </table>
    `;
  }

  private row(name: string, p: Schema, required: boolean): TemplateResult {
    const target = resolve(this.doc, p);
    const text = (p.description ?? target.description) as string | undefined;
    return html`<tr>
      <td><code>${name}</code> ${required ? html`<span class="req" title=${at('required')}>*</span>` : nothing}</td>
      <td>
        ${typeLabel(p)}${p.default !== undefined ? html` <span class="muted">= ${JSON.stringify(p.default)}</span>` : nothing}
        ${p.pattern ? html`<br /><code class="pattern">${String(p.pattern)}</code>` : nothing}
      </td>
      <td>
        ${text ? inlineText(text) : nothing}
        ${hasParts(this.doc, p) && this.depth < 6 ? this.nested(p, typeLabel(p), false, name) : nothing}
      </td>
    </tr>`;
  }

  /** A nested schema behind a disclosure: its fields are drawn once it is opened (the whole tree at once would be thousands of rows). */
  private nested(schema: Schema, label: string, open = false, key = label): TemplateResult {
    if (!hasParts(this.doc, schema)) return html`<p class="muted">${label}</p>`;
    const shown = (open && this.depth < 2) || this.opened.has(key);
    const toggle = (e: Event) => {
      if (!(e.target as HTMLDetailsElement).open || this.opened.has(key)) return;
      this.opened.add(key);
      this.requestUpdate();
    };
    return html`<details ?open=${shown} @toggle=${toggle}>
      <summary>${label}</summary>
      ${shown ? html`<qms-api-schema .doc=${this.doc} .schema=${schema} .depth=${this.depth + 1}></qms-api-schema>` : nothing}
    </details>`;
  }
}

customElements.define('qms-api-schema', ApiSchema);
declare global {
  interface HTMLElementTagNameMap {
    'qms-api-schema': ApiSchema;
  }
}

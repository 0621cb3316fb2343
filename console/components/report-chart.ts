/**
 * A chart.js chart as a Lit element: bar, line or doughnut, Vietnamese number format on the axes
 * and tooltips, no animation (so a printed page shows the final chart), resized before printing.
 * A canvas is only pixels to a screen reader: the chart is an image named by its `label`, and
 * described by its figures written out (WCAG 1.1.1).
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { LitElement, css, html } from 'lit';
import { t } from '../../shared/i18n/reports-messages.js';
import { formatNumber } from '../../shared/i18n/translate.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  DoughnutController,
  ArcElement,
  Tooltip,
  Legend,
);
Chart.defaults.font.family = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
Chart.defaults.font.size = 14;

/** Series colours from the console theme (console/theme.css), resolved when a chart is drawn. */
export const COLORS = {
  navy: 'var(--qms-navy)',
  red: 'var(--qms-red)',
  gold: 'var(--qms-chart-gold)',
  green: 'var(--qms-chart-green)',
  grey: 'var(--qms-chart-grey)',
  blue: 'var(--qms-chart-blue)',
  lightGreen: 'var(--qms-chart-light-green)',
  orange: 'var(--qms-chart-orange)',
};

export class ReportChart extends LitElement {
  static override properties = { config: { attribute: false }, height: { type: Number }, label: {} };
  declare config: ChartConfiguration | undefined;
  declare height: number;
  /** what the chart shows, e.g. its panel's heading */
  declare label: string;
  private chart?: Chart;
  private onPrint = () => this.chart?.resize();

  constructor() {
    super();
    this.height = 280;
    this.label = '';
  }

  static override styles = css`
    :host { display: block; position: relative; break-inside: avoid; }
    div { position: relative; width: 100%; }
  `;

  override render() {
    return html`<div style="height:${this.height}px"><canvas role="img" aria-label=${this.label || t('chartData')} aria-describedby="figures"></canvas></div>
      <p id="figures" hidden>${this.config ? chartFigures(this.config) : ''}</p>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onPrint);
    this.chart?.destroy();
    this.chart = undefined;
  }

  override updated(): void {
    if (!this.config) return;
    const canvas = this.renderRoot.querySelector('canvas')!;
    const theme = getComputedStyle(this);
    Chart.defaults.color = themeColor('var(--qms-ink)', theme) as string;
    const cfg = withDefaults(withThemeColors(this.config, theme));
    if (this.chart && (this.chart.config as { type?: string }).type === cfg.type) {
      this.chart.data = cfg.data;
      this.chart.options = cfg.options ?? {};
      this.chart.update();
    } else {
      this.chart?.destroy();
      this.chart = new Chart(canvas, cfg);
    }
  }
}

const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? 0 : 1) : v === null || v === undefined ? '–' : String(v));

/** The chart's figures as a sentence per category: "Tư pháp: Số phiếu phát 12, Đã phục vụ 10. …" */
export function chartFigures(config: ChartConfiguration): string {
  const { labels = [], datasets } = config.data;
  return labels
    .map((label, i) => {
      const values = datasets.map((d) => `${d.label ? `${d.label} ` : ''}${fmt(d.data[i])}`);
      return `${String(label)}: ${values.join(', ')}.`;
    })
    .join(' ');
}

/** A canvas knows no CSS: chart.js gets the theme's `var(--qms-…)` colours as the values they have on the page. */
function themeColor(value: unknown, theme: CSSStyleDeclaration): unknown {
  if (Array.isArray(value)) return value.map((v) => themeColor(v, theme));
  const name = typeof value === 'string' ? /^var\((--[\w-]+)\)$/.exec(value)?.[1] : undefined;
  return name ? theme.getPropertyValue(name).trim() : value;
}

function withThemeColors(config: ChartConfiguration, theme: CSSStyleDeclaration): ChartConfiguration {
  const datasets = config.data.datasets.map((d) => {
    const colored = { ...d };
    for (const key of ['backgroundColor', 'borderColor'] as const) if (key in d) Object.assign(colored, { [key]: themeColor(d[key], theme) });
    return colored;
  });
  return { ...config, data: { ...config.data, datasets } };
}

function withDefaults(config: ChartConfiguration): ChartConfiguration {
  const options: any = { responsive: true, maintainAspectRatio: false, animation: false, ...config.options };
  options.plugins = { legend: { position: 'bottom' }, ...options.plugins };
  options.plugins.tooltip = {
    callbacks: { label: (c: any) => `${c.dataset.label ? `${c.dataset.label}: ` : ''}${fmt(c.parsed?.y ?? c.parsed)}` },
    ...options.plugins.tooltip,
  };
  if (config.type !== 'doughnut') {
    options.scales = options.scales ?? {};
    for (const axis of ['y', 'y1']) {
      if (axis === 'y' || options.scales[axis])
        options.scales[axis] = { beginAtZero: true, ...options.scales[axis], ticks: { callback: fmt, ...options.scales[axis]?.ticks } };
    }
  }
  return { ...config, options } as ChartConfiguration;
}

customElements.define('qms-report-chart', ReportChart);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-chart': ReportChart;
  }
}

/**
 * Labels and titles of reports and exports, Vietnamese first: period labels, self-inspection titles,
 * group labels. The server words report rows and export documents with them (in the office's
 * language, Vietnamese); the pages use the weekday names too.
 */
import { translator, type Catalogue } from './translate.js';

/** Weekday names, Sunday first (Date.getUTCDay order). */
export const WEEKDAY_NAMES = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;
/** Short weekday names for table headings, Sunday first. */
export const WEEKDAY_SHORT = { vi: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] } as const;

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const messages = {
  weekLabel: {
    vi: ({ week, year, from, to }) => `Tuần ${week}/${year} (${from}–${to})`,
    en: ({ week, year, from, to }) => `Week ${week}/${year} (${from}–${to})`,
  },
  monthLabel: { vi: ({ month, year }) => `Tháng ${month}/${year}`, en: ({ month, year }) => `${MONTHS_EN[Number(month) - 1]} ${year}` },
  quarterLabel: { vi: ({ quarter, year }) => `Quý ${ROMAN[Number(quarter) - 1]}/${year}`, en: ({ quarter, year }) => `Q${quarter}/${year}` },
  yearLabel: { vi: ({ year }) => `Năm ${year}`, en: ({ year }) => `Year ${year}` },
  weeklyInspectionTitle: {
    vi: ({ week, year, from, to }) => `Báo cáo tự kiểm tra tuần ${week}/${year} (${from}–${to})`,
    en: ({ week, year, from, to }) => `Self-inspection report, week ${week}/${year} (${from}–${to})`,
  },
  monthlyInspectionTitle: {
    vi: ({ month, year }) => `Báo cáo tự kiểm tra tháng ${month}/${year}`,
    en: ({ month, year }) => `Self-inspection report, month ${month}/${year}`,
  },
  wholeOffice: { vi: 'Toàn đơn vị', en: 'Whole office' },
  counterFallback: { vi: ({ id }) => `Quầy ${id}`, en: ({ id }) => `Counter ${id}` },
  exportTitle: {
    vi: ({ office, from, to }) => `Báo cáo ${office} từ ${from} đến ${to}`,
    en: ({ office, from, to }) => `Report of ${office} from ${from} to ${to}`,
  },
  nameUntil: { vi: ({ until, name }) => `đến ${until}: ${name}`, en: ({ until, name }) => `until ${until}: ${name}` },
  appName: { vi: 'Hàng chờ một cửa', en: 'One-stop queue' },
} satisfies Catalogue<string>;

export type ReportLabel = keyof typeof messages;
export const rl = translator<ReportLabel>(messages);

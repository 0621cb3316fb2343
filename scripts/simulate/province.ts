/**
 * The demo province: twenty communes and wards of Hà Nội as they are since the two-level reform of
 * July 2025, grouped by the districts they were carved from, each with the demo office's services
 * and a character of its own (size, pace, mood, complaints, dossier results) so that ranking them
 * means something. The order mixes groups and characters: the first few offices already differ.
 */
import type { OfficeConfigInput } from '../../shared/schemas/office.js';
import { demoOffice, REALISTIC_HOURS } from '../../server/offices/demo-office.js';
import { unitHash } from './random.js';
import { STANDARD_WARD, type WardProfile } from './ward-profile.js';

/** The old districts, as the province's supervisors still group their offices. */
export const GROUPS = {
  dongAnh: 'Huyện Đông Anh (cũ)',
  giaLam: 'Huyện Gia Lâm (cũ)',
  socSon: 'Huyện Sóc Sơn (cũ)',
  bacTuLiem: 'Quận Bắc Từ Liêm (cũ)',
  namTuLiem: 'Quận Nam Từ Liêm (cũ)',
} as const;

/** The group of the demo office (phường Tây Mỗ, formerly of Nam Từ Liêm). */
export const DEMO_OFFICE_GROUP = GROUPS.namTuLiem;

/**
 * Characters of an office: `model` fast and well rated; `steady` the standard ward; `stretched` too
 * few counters for its load, slow, poorly rated, late with results; `contested` many complaints,
 * answered late; `small` a rural commune with few citizens and short waits.
 */
export type Character = 'model' | 'steady' | 'stretched' | 'contested' | 'small';

const CHARACTERS: Record<Character, { profile: WardProfile; counters: number }> = {
  model: {
    counters: 6,
    profile: {
      volume: 1,
      pace: 0.8,
      lateOpening: 3,
      mood: 0.7,
      complaintsPerDay: 0.08,
      lateAnswers: 0.02,
      openComplaints: 0,
      earlyDossiers: 0.93,
      lateDossiers: 0.005,
    },
  },
  steady: { counters: 6, profile: STANDARD_WARD },
  stretched: {
    counters: 5,
    profile: {
      volume: 1,
      pace: 1.15,
      lateOpening: 20,
      mood: -0.4,
      complaintsPerDay: 0.6,
      lateAnswers: 0.25,
      openComplaints: 0.1,
      earlyDossiers: 0.55,
      lateDossiers: 0.12,
    },
  },
  contested: {
    counters: 6,
    profile: {
      volume: 1,
      pace: 1,
      lateOpening: 10,
      mood: -0.3,
      complaintsPerDay: 1.6,
      lateAnswers: 0.4,
      openComplaints: 0.15,
      earlyDossiers: 0.7,
      lateDossiers: 0.05,
    },
  },
  small: {
    counters: 4,
    profile: {
      volume: 0.45,
      pace: 0.95,
      lateOpening: 8,
      mood: 0.3,
      complaintsPerDay: 0.1,
      lateAnswers: 0.1,
      openComplaints: 0.05,
      earlyDossiers: 0.85,
      lateDossiers: 0.02,
    },
  },
};

export interface ProvinceOffice {
  id: string;
  kind: 'xã' | 'phường';
  name: string;
  group: string;
  character: Character;
  /** its population against a typical one of its character */
  size: number;
}

const office = (id: string, kind: ProvinceOffice['kind'], name: string, group: string, character: Character, size: number): ProvinceOffice => ({
  id,
  kind,
  name,
  group,
  character,
  size,
});

export const PROVINCE: readonly ProvinceOffice[] = [
  office('xuan-dinh', 'phường', 'Xuân Đỉnh', GROUPS.bacTuLiem, 'model', 1.3),
  office('soc-son', 'xã', 'Sóc Sơn', GROUPS.socSon, 'stretched', 1.1),
  office('gia-lam', 'xã', 'Gia Lâm', GROUPS.giaLam, 'contested', 1),
  office('vinh-thanh', 'xã', 'Vĩnh Thanh', GROUPS.dongAnh, 'small', 0.8),
  office('tu-liem', 'phường', 'Từ Liêm', GROUPS.namTuLiem, 'steady', 1.3),
  office('dong-anh', 'xã', 'Đông Anh', GROUPS.dongAnh, 'stretched', 1.15),
  office('bat-trang', 'xã', 'Bát Tràng', GROUPS.giaLam, 'model', 0.7),
  office('trung-gia', 'xã', 'Trung Giã', GROUPS.socSon, 'small', 1),
  office('dong-ngac', 'phường', 'Đông Ngạc', GROUPS.bacTuLiem, 'contested', 1.1),
  office('dai-mo', 'phường', 'Đại Mỗ', GROUPS.namTuLiem, 'model', 1.2),
  office('thu-lam', 'xã', 'Thư Lâm', GROUPS.dongAnh, 'steady', 0.8),
  office('phu-dong', 'xã', 'Phù Đổng', GROUPS.giaLam, 'small', 0.9),
  office('noi-bai', 'xã', 'Nội Bài', GROUPS.socSon, 'steady', 0.9),
  office('thuong-cat', 'phường', 'Thượng Cát', GROUPS.bacTuLiem, 'steady', 0.8),
  office('xuan-phuong', 'phường', 'Xuân Phương', GROUPS.namTuLiem, 'stretched', 1),
  office('phuc-thinh', 'xã', 'Phúc Thịnh', GROUPS.dongAnh, 'contested', 1),
  office('thuan-an', 'xã', 'Thuận An', GROUPS.giaLam, 'steady', 1),
  office('da-phuc', 'xã', 'Đa Phúc', GROUPS.socSon, 'small', 0.8),
  office('tay-tuu', 'phường', 'Tây Tựu', GROUPS.bacTuLiem, 'model', 1),
  office('thien-loc', 'xã', 'Thiên Lộc', GROUPS.dongAnh, 'steady', 1.1),
];

/** The office's profile: its character's, scaled to its size and varied a little by its own id. */
export function profileOf(o: ProvinceOffice): WardProfile {
  const base = CHARACTERS[o.character].profile;
  const jitter = (what: string) => 0.92 + 0.16 * unitHash('province', what, o.id);
  return { ...base, volume: base.volume * o.size * jitter('volume'), pace: base.pace * jitter('pace') };
}

/** Counters by how many an office has: every service at one counter at least, the busy ones at several. */
const LAYOUTS: Record<number, string[][]> = {
  4: [
    ['tu-phap', 'chung-thuc', 'tra-ket-qua'],
    ['chung-thuc', 'tu-phap', 'tra-ket-qua'],
    ['dat-dai', 'ho-kinh-doanh', 'lao-dong', 'tra-ket-qua'],
    ['lao-dong', 'thi-dua', 'van-hoa', 'ho-kinh-doanh', 'chung-thuc'],
  ],
  5: [
    ['tu-phap', 'tra-ket-qua'],
    ['tu-phap', 'chung-thuc'],
    ['chung-thuc', 'tra-ket-qua'],
    ['dat-dai', 'ho-kinh-doanh'],
    ['lao-dong', 'thi-dua', 'van-hoa', 'ho-kinh-doanh'],
  ],
  7: [
    ['tu-phap', 'tra-ket-qua'],
    ['tu-phap', 'chung-thuc'],
    ['chung-thuc', 'tra-ket-qua'],
    ['dat-dai', 'ho-kinh-doanh'],
    ['lao-dong', 'thi-dua', 'van-hoa'],
    ['tra-ket-qua', 'ho-kinh-doanh', 'van-hoa'],
    ['chung-thuc', 'tu-phap', 'tra-ket-qua'],
  ],
};

/** Big wards of a character open one more counter than its usual number. */
export const countersOf = (o: ProvinceOffice): number => CHARACTERS[o.character].counters + (o.size >= 1.3 && o.character !== 'stretched' ? 1 : 0);

/** The office's configuration: the demo office's services at real issuing hours, in its group. */
export function provinceOfficeConfig(o: ProvinceOffice): OfficeConfigInput {
  const demo = demoOffice();
  const n = countersOf(o);
  const counters = LAYOUTS[n]
    ? LAYOUTS[n].map((services, i) => ({ id: String(i + 1), number: i + 1, name: `Quầy ${i + 1}`, services }))
    : demo.counters.slice(0, n);
  const unit = `${o.kind} ${o.name}`;
  return {
    ...demo,
    id: o.id,
    name: `Trung tâm Phục vụ hành chính công ${unit}`,
    shortName: `UBND ${unit}`,
    address: `${unit[0]!.toUpperCase()}${unit.slice(1)}, thành phố Hà Nội`,
    group: o.group,
    services: demo.services.map((s) => ({ ...s, hours: REALISTIC_HOURS })),
    counters,
    workingDays: [1, 2, 3, 4, 5],
    closingTime: '17:00',
  };
}

/**
 * The audio pieces the hall board joins into a call. Each clip has an id (what the reading
 * functions produce) and the text a voice says for it. scripts/generate-voice.mjs renders every
 * clip with espeak-ng into public/audio/vi/<file>.ogg and writes manifest.json; recorded human
 * clips can replace any file under the same name.
 */
export interface ClipSpec {
  id: string;
  /** what the voice says (espeak-ng input) */
  say: string;
  /** file name under public/audio/vi/, without extension */
  file: string;
}

/** Digit and number words: "không", "một", "mốt", "tư", "lăm", "mười", "mươi", "trăm", "nghìn", "linh". */
export const NUMBER_WORDS = [
  'không',
  'một',
  'mốt',
  'hai',
  'ba',
  'bốn',
  'tư',
  'năm',
  'lăm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
  'mươi',
  'trăm',
  'nghìn',
  'linh',
] as const;

/** How each capital letter of a ticket prefix is named in Vietnamese. */
export const LETTER_NAMES: Record<string, string> = {
  A: 'a',
  B: 'bê',
  C: 'xê',
  D: 'dê',
  E: 'e',
  F: 'ép',
  G: 'giê',
  H: 'hát',
  I: 'i',
  J: 'gi',
  K: 'ca',
  L: 'e lờ',
  M: 'em mờ',
  N: 'en nờ',
  O: 'o',
  P: 'pê',
  Q: 'quy',
  R: 'e rờ',
  S: 'ét xì',
  T: 'tê',
  U: 'u',
  V: 'vê',
  W: 'vê kép',
  X: 'ích xì',
  Y: 'i dài',
  Z: 'dét',
};

/** Whole segments of the default call phrase, recorded in one breath so they sound natural. */
export const PHRASE_SEGMENTS = ['xin mời công dân có số thứ tự', 'đến quầy số', 'xin mời', 'công dân', 'số thứ tự', 'đến quầy'] as const;

/** Single words that custom phrases commonly use, so an edited phrase still speaks without a voice. */
export const PHRASE_WORDS = [
  'xin',
  'mời',
  'công',
  'dân',
  'ông',
  'bà',
  'anh',
  'chị',
  'quý',
  'khách',
  'người',
  'có',
  'số',
  'thứ',
  'tự',
  'đến',
  'tới',
  'quầy',
  'bàn',
  'phòng',
  'cửa',
  'vui',
  'lòng',
  'lên',
  'làm',
  'thủ',
  'tục',
  'nộp',
  'hồ',
  'sơ',
  'nhận',
  'kết',
  'quả',
  'lần',
  'nữa',
  'được',
  'phục',
  'vụ',
  'tại',
  'trân',
  'trọng',
  'cảm',
  'ơn',
  'ạ',
] as const;

const BASE: Record<string, string> = {
  à: 'a',
  á: 'a',
  ả: 'a',
  ã: 'a',
  ạ: 'a',
  ă: 'aw',
  ằ: 'aw',
  ắ: 'aw',
  ẳ: 'aw',
  ẵ: 'aw',
  ặ: 'aw',
  â: 'aa',
  ầ: 'aa',
  ấ: 'aa',
  ẩ: 'aa',
  ẫ: 'aa',
  ậ: 'aa',
  è: 'e',
  é: 'e',
  ẻ: 'e',
  ẽ: 'e',
  ẹ: 'e',
  ê: 'ee',
  ề: 'ee',
  ế: 'ee',
  ể: 'ee',
  ễ: 'ee',
  ệ: 'ee',
  ì: 'i',
  í: 'i',
  ỉ: 'i',
  ĩ: 'i',
  ị: 'i',
  ò: 'o',
  ó: 'o',
  ỏ: 'o',
  õ: 'o',
  ọ: 'o',
  ô: 'oo',
  ồ: 'oo',
  ố: 'oo',
  ổ: 'oo',
  ỗ: 'oo',
  ộ: 'oo',
  ơ: 'ow',
  ờ: 'ow',
  ớ: 'ow',
  ở: 'ow',
  ỡ: 'ow',
  ợ: 'ow',
  ù: 'u',
  ú: 'u',
  ủ: 'u',
  ũ: 'u',
  ụ: 'u',
  ư: 'uw',
  ừ: 'uw',
  ứ: 'uw',
  ử: 'uw',
  ữ: 'uw',
  ự: 'uw',
  ỳ: 'y',
  ý: 'y',
  ỷ: 'y',
  ỹ: 'y',
  ỵ: 'y',
  đ: 'dd',
};
const TONE: [RegExp, string][] = [
  [/[àằầèềìòồờùừỳ]/, 'f'],
  [/[áắấéếíóốớúứý]/, 's'],
  [/[ảẳẩẻểỉỏổởủửỷ]/, 'r'],
  [/[ãẵẫẽễĩõỗỡũữỹ]/, 'x'],
  [/[ạặậẹệịọộợụựỵ]/, 'j'],
];

/** An ASCII file name for Vietnamese text, Telex-style so every tone gets its own file: "mười" → "muwowif"-like. */
export function clipFileName(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const tone = TONE.find(([re]) => re.test(w))?.[1] ?? '';
      return (
        [...w]
          .map((ch) => BASE[ch] ?? ch)
          .join('')
          .replace(/[^a-z0-9]/g, '') + tone
      );
    })
    .join('-');
}

/** Every clip the board can join, with its id, spoken text and file. */
export function allClips(): ClipSpec[] {
  const words = new Set<string>([...NUMBER_WORDS, ...PHRASE_WORDS]);
  const clips: ClipSpec[] = [];
  for (const w of words) clips.push({ id: w, say: w, file: `w-${clipFileName(w)}` });
  for (const [letter, say] of Object.entries(LETTER_NAMES)) clips.push({ id: `letter:${letter}`, say, file: `letter-${letter.toLowerCase()}` });
  for (const p of PHRASE_SEGMENTS) clips.push({ id: `phrase:${p}`, say: p, file: `p-${clipFileName(p)}` });
  return clips;
}

export const CHIME = 'chime';

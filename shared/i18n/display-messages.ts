/** Texts of the hall board, the counter screen and the voice test page (Vietnamese first). */
import { translator, type Catalogue } from './translate.js';

const messages = {
  nowCalling: { vi: 'Mời công dân', en: 'Now calling' },
  toCounter: { vi: 'đến quầy', en: 'to counter' },
  recall: { vi: 'Gọi lại', en: 'Recall' },
  boardTitle: { vi: (p) => `${p.office} – bảng gọi số`, en: (p) => `${p.office} – call board` },
  counters: { vi: 'Quầy đang phục vụ', en: 'Counters' },
  counter: { vi: 'Quầy', en: 'Counter' },
  serving: { vi: 'Đang phục vụ', en: 'Serving' },
  recentCalls: { vi: 'Số vừa gọi', en: 'Recent calls' },
  waiting: { vi: 'Đang chờ', en: 'Waiting' },
  people: { vi: (p) => `${p.n} người`, en: (p) => `${p.n} waiting` },
  closed: { vi: 'Đóng', en: 'Closed' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
  idle: { vi: 'Chờ gọi số', en: 'Ready' },
  noCalls: { vi: 'Chưa có số nào được gọi', en: 'No calls yet' },
  offline: { vi: 'Mất kết nối máy chủ – đang kết nối lại…', en: 'Server connection lost – reconnecting…' },
  connecting: { vi: 'Đang kết nối…', en: 'Connecting…' },
  enableSound: { vi: 'Bấm để bật âm thanh', en: 'Tap to enable sound' },
  enableSoundHint: { vi: 'Chỉ cần bấm một lần: màn hình sẽ ghi nhớ.', en: 'Only once: the screen remembers.' },
  missingOffice: { vi: 'Thiếu tham số ?office= trong địa chỉ', en: 'The address lacks ?office=' },
  missingCounter: { vi: 'Thiếu tham số &counter= trong địa chỉ', en: 'The address lacks &counter=' },
  joinFailed: { vi: (p) => `Không mở được màn hình: ${p.message}`, en: (p) => `Cannot open the screen: ${p.message}` },
  counterClosed: { vi: 'Quầy tạm đóng', en: 'Counter closed' },
  counterPaused: { vi: 'Quầy tạm dừng', en: 'Counter paused' },
  pleaseWait: { vi: 'Mời công dân chờ gọi số', en: 'Please wait to be called' },
  voiceTestTitle: { vi: 'Thử giọng đọc gọi số', en: 'Call voice test' },
  ticketNumber: { vi: 'Số thứ tự', en: 'Ticket number' },
  counterNumber: { vi: 'Quầy số', en: 'Counter number' },
  phrase: { vi: 'Câu gọi', en: 'Call phrase' },
  play: { vi: 'Phát thử', en: 'Play' },
  spoken: { vi: 'Sẽ đọc', en: 'Will say' },
  mode: { vi: 'Cách phát', en: 'Playback' },
  modeClips: { vi: 'ghép các đoạn âm thanh có sẵn', en: 'joined audio clips' },
  modeSpeech: { vi: 'giọng tiếng Việt của trình duyệt (cục bộ)', en: "the browser's local Vietnamese voice" },
  missingWords: { vi: (p) => `Không có âm thanh cho: ${p.words} (sẽ bỏ qua)`, en: (p) => `No clip for: ${p.words} (skipped)` },
  badNumber: { vi: 'Số thứ tự dạng A025 (1–2 chữ cái và chữ số)', en: 'Ticket number like A025 (1–2 letters and digits)' },
} satisfies Catalogue<string>;

export type DisplayMessage = keyof typeof messages;
export const t = translator<DisplayMessage>(messages);

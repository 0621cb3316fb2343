/**
 * Every text of the kiosk, the citizen's phone page and the counter rating tablet, in Vietnamese
 * (default, full diacritics) and English. Plain words for citizens of every age: no jargon.
 */
import type { ClosedReason } from '../schemas/office.js';
import type { CriterionId } from '../schemas/feedback.js';
import { translator, type Catalogue } from './translate.js';

type P = Record<string, string | number>;

const VI_DAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "Ngày thứ Tư không viết" on the office's configured weekday (`p.day`, 0 = Sunday; Wednesday by default). */
const noWriting = (p: P, lang: 'vi' | 'en') => {
  const d = Number(p.day ?? 3);
  return lang === 'vi' ? `Ngày ${VI_DAYS[d] ?? 'thứ Tư'} không viết` : `No-writing ${EN_DAYS[d] ?? 'Wednesday'}`;
};

const mins = (p: P, lang: 'vi' | 'en') => {
  const n = Number(p.n);
  if (lang === 'vi') return n <= 1 ? 'dưới 1 phút' : `khoảng ${n} phút`;
  return n <= 1 ? 'under a minute' : `about ${n} minutes`;
};

export const kioskMessages = {
  // shared chrome
  appTitle: { vi: 'Lấy số thứ tự', en: 'Take a number' },
  switchLang: { vi: 'English', en: 'Tiếng Việt' },
  switchLangLabel: { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  back: { vi: 'Quay lại', en: 'Back' },
  home: { vi: 'Về màn hình chính', en: 'Back to start' },
  done: { vi: 'Xong', en: 'Done' },
  send: { vi: 'Gửi', en: 'Send' },
  cancel: { vi: 'Huỷ', en: 'Cancel' },
  offline: { vi: 'Mất kết nối với máy chủ. Đang tự kết nối lại…', en: 'Connection to the server lost. Reconnecting…' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  officeMissing: { vi: 'Chưa chọn đơn vị: thêm ?office=… vào địa chỉ trang.', en: 'No office chosen: add ?office=… to the page address.' },
  officeNotFound: { vi: 'Không tìm thấy đơn vị này.', en: 'This office was not found.' },
  minutes: { vi: (p) => mins(p, 'vi'), en: (p) => mins(p, 'en') },

  // home
  chooseService: { vi: 'Chạm vào lĩnh vực bạn cần giải quyết', en: 'Touch the service you need' },
  waitingN: { vi: (p) => `${p.n} người đang chờ`, en: (p) => (Number(p.n) === 1 ? '1 person waiting' : `${p.n} people waiting`) },
  waitAbout: { vi: (p) => `Chờ ${mins(p, 'vi')}`, en: (p) => `Wait ${mins(p, 'en')}` },
  noWait: { vi: 'Không phải chờ', en: 'No waiting' },
  closed: { vi: 'Tạm dừng lấy số', en: 'Not issuing now' },
  closed_outside_hours: { vi: (p) => `Ngoài giờ lấy số (${p.hours})`, en: (p) => `Outside issuing hours (${p.hours})` },
  closed_day_off: { vi: 'Hôm nay là ngày nghỉ', en: 'The office is closed today' },
  closed_day_closed: { vi: 'Đã hết giờ làm việc hôm nay', en: 'Closed for today' },
  closed_limit_reached: { vi: 'Đã hết số hôm nay', en: 'No more numbers today' },
  closed_service_closed: { vi: 'Lĩnh vực tạm ngừng tiếp nhận', en: 'This service is paused' },
  priorityButton: { vi: 'Ưu tiên', en: 'Priority' },
  priorityHint: {
    vi: 'Người cao tuổi, khuyết tật, phụ nữ mang thai, có con nhỏ, người có công',
    en: 'Elderly, disability, pregnancy, small children, meritorious services',
  },
  complaintButton: { vi: 'Góp ý, phản ánh', en: 'Feedback or complaint' },
  complaintHint: { vi: 'Không cần số thứ tự', en: 'No ticket needed' },
  cccdButton: { vi: 'Quét thẻ CCCD (tuỳ chọn)', en: 'Scan ID card (optional)' },
  cccdHint: { vi: 'Cán bộ không phải chép tay thông tin', en: 'The officer need not copy your details' },
  cccdAttached: { vi: 'Đã nhận thông tin thẻ CCCD. Mời chọn lĩnh vực.', en: 'ID card read. Now choose a service.' },
  cccdRemove: { vi: 'Bỏ thông tin thẻ', en: 'Remove card details' },
  noWritingDay: { vi: (p) => noWriting(p, 'vi'), en: (p) => noWriting(p, 'en') },
  noWritingDayHint: { vi: 'Hôm nay cán bộ điền biểu mẫu giúp công dân', en: 'Today officers fill in the forms for you' },
  noticesTitle: { vi: 'Thông báo', en: 'Notices' },

  // priority
  priorityTitle: { vi: 'Bạn thuộc trường hợp ưu tiên nào?', en: 'Which priority applies to you?' },
  priorityNote: { vi: 'Cán bộ có thể đề nghị xuất trình giấy tờ chứng minh.', en: 'The officer may ask for proof.' },
  priorityChosen: { vi: (p) => `Ưu tiên: ${p.name}. Mời chọn lĩnh vực.`, en: (p) => `Priority: ${p.name}. Now choose a service.` },

  // issuing
  issuing: { vi: 'Đang lấy số…', en: 'Getting your number…' },
  issueRetrying: {
    vi: 'Mất kết nối. Đang thử lại, bạn vui lòng chờ, không cần chạm lại…',
    en: 'Connection lost. Retrying, please wait; no need to touch again…',
  },
  issueFailed: { vi: 'Chưa lấy được số.', en: 'Could not get a number.' },
  issueBusy: { vi: 'Hệ thống đang bận. Bạn vui lòng chạm lại sau giây lát.', en: 'The system is busy. Please try again in a moment.' },
  issueClosed: { vi: 'Lĩnh vực này hiện không cấp số.', en: 'This service is not issuing numbers now.' },
  tryAgain: { vi: 'Thử lại', en: 'Try again' },

  // ticket
  yourNumber: { vi: 'Số thứ tự của bạn', en: 'Your number' },
  ticketTitle: { vi: 'PHIẾU SỐ THỨ TỰ', en: 'QUEUE TICKET' },
  priorityTag: { vi: 'Ưu tiên', en: 'Priority' },
  servedAt: { vi: 'Quầy phục vụ', en: 'Served at counter' },
  counterList: { vi: (p) => `Quầy ${p.list}`, en: (p) => (String(p.list).includes(',') ? `Counters ${p.list}` : `Counter ${p.list}`) },
  aheadLabel: { vi: 'Số người chờ trước bạn', en: 'People ahead of you' },
  waitLabel: { vi: 'Thời gian chờ dự kiến', en: 'Estimated wait' },
  issuedAtLabel: { vi: 'Giờ lấy số', en: 'Time of issue' },
  scanToFollow: { vi: 'Quét mã để theo dõi số trên điện thoại và đánh giá', en: 'Scan to follow your number on your phone and rate the service' },
  printing: { vi: 'Đang in phiếu, mời bạn nhận phiếu bên dưới.', en: 'Printing: please take your ticket below.' },
  printAgain: { vi: 'In lại', en: 'Print again' },
  watchBoard: { vi: 'Mời bạn ngồi chờ và chú ý màn hình gọi số.', en: 'Please take a seat and watch the display.' },
  backHomeIn: { vi: (p) => `Tự về màn hình chính sau ${p.n} giây`, en: (p) => `Back to start in ${p.n} s` },
  wrongTicket: { vi: 'Lấy nhầm? Huỷ số này', en: 'Wrong service? Cancel this number' },
  ticketCancelled: { vi: 'Đã huỷ số. Mời bạn chọn lại.', en: 'Number cancelled. Please choose again.' },
  noWritingOnTicket: { vi: (p) => `Hôm nay là ${noWriting(p, 'vi')}`, en: (p) => `Today is ${noWriting(p, 'en')}` },

  // complaint (kiosk and phone)
  complaintTitle: { vi: 'Bạn muốn góp ý, phản ánh về điều gì?', en: 'What is your feedback or complaint about?' },
  topic_waiting_time: { vi: 'Chờ quá lâu', en: 'Waited too long' },
  topic_attitude: { vi: 'Thái độ cán bộ', en: 'Staff attitude' },
  topic_procedure: { vi: 'Thủ tục, giấy tờ', en: 'Procedures and papers' },
  topic_facilities: { vi: 'Cơ sở vật chất', en: 'Facilities' },
  topic_fees: { vi: 'Phí, lệ phí', en: 'Fees' },
  topic_other: { vi: 'Việc khác', en: 'Something else' },
  complaintMessage: { vi: 'Nội dung (không bắt buộc)', en: 'Your message (optional)' },
  complaintPlaceholder: { vi: 'Bạn có thể viết thêm ở đây…', en: 'You may write more here…' },
  contactTitle: { vi: 'Thông tin liên hệ (không bắt buộc, để được trả lời)', en: 'Contact details (optional, to get an answer)' },
  contactName: { vi: 'Họ và tên', en: 'Full name' },
  contactPhone: { vi: 'Số điện thoại', en: 'Phone number' },
  contactEmail: { vi: 'Thư điện tử', en: 'Email' },
  sendComplaint: { vi: 'Gửi phản ánh', en: 'Send' },
  sending: { vi: 'Đang gửi…', en: 'Sending…' },
  complaintThanks: { vi: 'Cảm ơn bạn! Ý kiến đã được chuyển tới lãnh đạo đơn vị.', en: 'Thank you! Your message has gone to the office leadership.' },
  complaintRef: { vi: (p) => `Mã phản ánh: ${p.id}`, en: (p) => `Reference: ${p.id}` },
  complaintDue: { vi: (p) => `Hạn xử lý: ${p.date}`, en: (p) => `To be handled by ${p.date}` },
  youWrote: { vi: 'Nội dung bạn đã gửi:', en: 'You wrote:' },
  sendFailed: { vi: 'Chưa gửi được. Bạn kiểm tra kết nối và thử lại.', en: 'Not sent. Check the connection and try again.' },
  phoneInvalid: { vi: 'Số điện thoại chưa đúng.', en: 'The phone number is not valid.' },
  emailInvalid: { vi: 'Địa chỉ thư điện tử chưa đúng.', en: 'The email address is not valid.' },

  // CCCD
  cccdConsentTitle: { vi: 'Dùng thẻ Căn cước công dân gắn chip', en: 'Use your chip ID card' },
  cccdConsentBody: {
    vi: 'Máy sẽ đọc mã QR trên thẻ để cán bộ không phải chép tay. Chỉ lưu 4 số cuối, họ tên, ngày sinh, giới tính và địa chỉ, gắn với số thứ tự của bạn, và xoá khi hết ngày làm việc. Không chụp ảnh thẻ, không hiển thị thông tin trên màn hình này.',
    en: 'The kiosk reads the QR code on your card so the officer need not copy it by hand. Only the last 4 digits, name, birth date, sex and address are kept with your number, and deleted at the end of the day. No picture of the card is taken and nothing is shown on this screen.',
  },
  cccdAgree: { vi: 'Tôi đồng ý', en: 'I agree' },
  cccdDecline: { vi: 'Không, cảm ơn', en: 'No, thanks' },
  cccdScanTitle: { vi: 'Đưa mã QR trên thẻ vào đầu đọc', en: 'Hold the QR code of your card to the reader' },
  cccdScanHint: { vi: 'Mã QR ở mặt trước thẻ, góc trên bên phải.', en: 'The QR code is on the front of the card, top right.' },
  cccdUseCamera: { vi: 'Dùng máy ảnh', en: 'Use the camera' },
  cccdBadCode: { vi: 'Mã vừa quét không phải mã thẻ CCCD. Bạn thử lại.', en: 'That was not an ID card code. Please try again.' },

  // booking check-in
  checkInButton: { vi: 'Tôi đã đặt lịch', en: 'I have a booking' },
  checkInHint: { vi: 'Quét mã QR hoặc nhập mã đặt lịch', en: 'Scan the QR code or type the booking code' },
  checkInTitle: { vi: 'Xác nhận lịch hẹn', en: 'Check in for your appointment' },
  checkInScanHint: {
    vi: 'Đưa mã QR trong tin nhắn đặt lịch vào đầu đọc, hoặc chạm bàn phím trên màn hình để nhập mã 6 ký tự.',
    en: 'Hold the QR code from your booking message to the reader, or type the 6-character code on the keyboard on screen.',
  },
  checkInCodeLabel: { vi: 'Mã đặt lịch (6 ký tự)', en: 'Booking code (6 characters)' },
  checkInSubmit: { vi: 'Xác nhận', en: 'Check in' },
  checkInDelete: { vi: 'Xoá ký tự cuối', en: 'Delete the last character' },
  checkInClear: { vi: 'Xoá hết', en: 'Clear' },
  checkInKeyboard: { vi: 'Bàn phím nhập mã', en: 'Code keyboard' },
  checkingIn: { vi: 'Đang kiểm tra mã…', en: 'Checking the code…' },
  checkInBadCode: { vi: 'Mã đặt lịch gồm 6 chữ cái và chữ số. Bạn kiểm tra lại.', en: 'A booking code has 6 letters and digits. Please check it.' },
  checkInNotFound: { vi: 'Không tìm thấy mã đặt lịch. Bạn kiểm tra lại mã.', en: 'Booking code not found. Please check the code.' },
  checkInUsed: { vi: 'Mã này đã được sử dụng.', en: 'This code has already been used.' },
  checkInCancelled: { vi: 'Lịch hẹn này đã bị huỷ.', en: 'This appointment was cancelled.' },
  checkInExpired: { vi: 'Lịch hẹn này đã hết hiệu lực.', en: 'This appointment has expired.' },
  checkInOtherDay: {
    vi: (p) => `Lịch hẹn không phải hôm nay${p.date ? ` (ngày ${p.date})` : ''}.`,
    en: (p) => `The appointment is not for today${p.date ? ` (it is on ${p.date})` : ''}.`,
  },
  checkInRemote: {
    vi: 'Mã này là số thứ tự lấy trực tuyến, không cần xác nhận: mời bạn chờ gọi số.',
    en: 'This is a number taken online: no check-in needed. Please wait to be called.',
  },
  checkInFailed: { vi: 'Chưa xác nhận được lịch hẹn.', en: 'Could not check you in.' },

  // phone page
  phoneTitle: { vi: 'Theo dõi số thứ tự', en: 'Follow your number' },
  phoneBadLink: { vi: 'Đường dẫn không đúng. Bạn quét lại mã QR trên phiếu.', en: 'This link is not valid. Scan the QR code on your ticket again.' },
  phoneNotFound: { vi: 'Không tìm thấy số thứ tự này.', en: 'This ticket was not found.' },
  statusWaiting: { vi: 'Đang chờ đến lượt', en: 'Waiting for your turn' },
  statusCalled: { vi: (p) => `Mời bạn đến quầy số ${p.counter}`, en: (p) => `Please go to counter ${p.counter}` },
  statusServing: { vi: (p) => `Bạn đang được phục vụ tại quầy số ${p.counter}`, en: (p) => `You are being served at counter ${p.counter}` },
  statusDone: { vi: 'Đã giải quyết xong', en: 'Finished' },
  status_no_show: { vi: 'Bạn đã được gọi nhưng không có mặt. Vui lòng lấy số mới.', en: 'You were called but not present. Please take a new number.' },
  status_expired: { vi: 'Số đã hết hiệu lực (hết giờ làm việc).', en: 'This number has expired (office closed).' },
  status_cancelled: { vi: 'Số đã được huỷ.', en: 'This number was cancelled.' },
  status_closed_at_day_end: {
    vi: 'Bộ phận một cửa đã hết giờ làm việc khi bạn đang ở quầy. Nếu việc chưa xong, vui lòng lấy số mới vào ngày làm việc tiếp theo.',
    en: 'The office closed while you were at the counter. If your matter is not finished, please take a new number on the next working day.',
  },
  youAreNext: { vi: 'Sắp đến lượt bạn!', en: 'You are next!' },
  enableAlerts: { vi: 'Bật âm báo khi được gọi', en: 'Turn on the sound alert' },
  alertsOn: { vi: 'Âm báo đã bật', en: 'Sound alert on' },
  pushEnable: { vi: 'Nhận thông báo khi gần đến lượt (kể cả khi đóng trang)', en: 'Notify me when my turn is near (even with this page closed)' },
  pushOn: { vi: 'Sẽ báo cho bạn khi gần đến lượt', en: 'You will be notified when your turn is near' },
  pushRefused: { vi: 'Chưa bật được thông báo; hãy giữ trang này mở', en: 'Notifications could not be turned on; keep this page open' },
  keepOpen: { vi: 'Giữ trang này mở để được báo khi đến lượt.', en: 'Keep this page open to be alerted when called.' },
  rateTitle: { vi: 'Bạn hài lòng với việc giải quyết thủ tục chứ?', en: 'How satisfied are you with the service?' },
  officialFormToggle: { vi: 'Đánh giá chi tiết theo 9 tiêu chí (mẫu chính thức)', en: 'Detailed rating on the 9 official criteria' },
  officialFormHint: { vi: 'Không bắt buộc. Chọn một mức cho tiêu chí bạn muốn đánh giá.', en: 'Optional. Pick a level for the criteria you want to rate.' },
  level2: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  level1: { vi: 'Hài lòng', en: 'Satisfied' },
  level0: { vi: 'Không hài lòng', en: 'Not satisfied' },
  commentLabel: { vi: 'Ý kiến thêm (không bắt buộc)', en: 'Comment (optional)' },
  sendRating: { vi: 'Gửi đánh giá', en: 'Send rating' },
  ratingThanks: { vi: 'Cảm ơn bạn đã đánh giá!', en: 'Thank you for your rating!' },
  alreadyRated: { vi: 'Số này đã được đánh giá. Cảm ơn bạn!', en: 'This number has already been rated. Thank you!' },
  complaintLink: { vi: 'Gửi phản ánh, kiến nghị', en: 'Send feedback or a complaint' },
  cancelMyTicket: { vi: 'Tôi không chờ nữa, huỷ số', en: 'I am leaving: cancel my number' },
  updatedLive: { vi: 'Cập nhật trực tiếp', en: 'Live' },

  // rating scale (four levels)
  score4: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  score3: { vi: 'Hài lòng', en: 'Satisfied' },
  score2: { vi: 'Bình thường', en: 'Neutral' },
  score1: { vi: 'Không hài lòng', en: 'Not satisfied' },

  // official criteria in plain words
  crit_total_time: { vi: 'Thời gian giải quyết đúng hẹn', en: 'Done within the legal time' },
  crit_agency_time: { vi: 'Thời gian ở từng cơ quan', en: 'Time at each agency' },
  crit_contacts: { vi: 'Số lần phải đi lại', en: 'Number of visits needed' },
  crit_agencies: { vi: 'Số cơ quan phải đến', en: 'Number of agencies involved' },
  crit_one_stop_desk: { vi: 'Tiếp nhận và trả kết quả', en: 'Reception and handing back' },
  crit_publicity: { vi: 'Thủ tục được công khai rõ ràng', en: 'Procedures clearly published' },
  crit_attitude: { vi: 'Thái độ của cán bộ', en: 'Staff attitude' },
  crit_feedback_response: { vi: 'Tiếp thu, trả lời góp ý', en: 'Response to feedback' },
  crit_online_service: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },

  // tablet
  tabletIdle: { vi: 'Xin chào! Mời ông/bà đánh giá sau khi được phục vụ.', en: 'Hello! Please rate the service once you have been served.' },
  tabletCounter: { vi: (p) => `Quầy số ${p.n}`, en: (p) => `Counter ${p.n}` },
  tabletAsk: { vi: (p) => `Ông/bà đánh giá thế nào về việc giải quyết số ${p.number}?`, en: (p) => `How was the service for number ${p.number}?` },
  chipsGood: { vi: 'Điều gì làm bạn hài lòng? (không bắt buộc)', en: 'What went well? (optional)' },
  chipsBad: { vi: 'Điều gì cần cải thiện? (không bắt buộc)', en: 'What should improve? (optional)' },
  sendNow: { vi: 'Gửi đánh giá', en: 'Send rating' },
  autoSendIn: { vi: (p) => `Tự gửi sau ${p.n} giây`, en: (p) => `Sending in ${p.n} s` },
  tabletThanks: { vi: 'Cảm ơn ông/bà!', en: 'Thank you!' },
  tabletExpired: {
    vi: 'Đã hết thời gian đánh giá tại quầy. Bạn có thể đánh giá bằng mã QR trên phiếu.',
    en: 'Too late to rate here. You can still rate with the QR code on your ticket.',
  },
  tabletMissing: { vi: 'Thiếu tham số: ?office=…&counter=…', en: 'Missing parameters: ?office=…&counter=…' },
} satisfies Catalogue<string>;

export type KioskMessageKey = keyof typeof kioskMessages;
export const kt = translator<KioskMessageKey>(kioskMessages as Catalogue<KioskMessageKey>);

export const closedKey = (r: ClosedReason) => `closed_${r}` as const satisfies KioskMessageKey;
export const criterionKey = (c: CriterionId) => `crit_${c}` as const satisfies KioskMessageKey;

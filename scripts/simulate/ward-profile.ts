/** What a ward of ~30,000 people brings to its one-stop office: volumes, arrival times, words. */

/**
 * How one office differs from the standard ward, so offices compared side by side differ as real
 * ones do: in size, in pace, in how their citizens feel and complain, in how late their results are.
 */
export interface WardProfile {
  /** tickets per day against DAILY */
  volume: number;
  /** service minutes against the services' averages */
  pace: number;
  /** counters open up to this many minutes after 7:30 and 13:30 */
  lateOpening: number;
  /** leans ratings towards 4 (above 0) or towards 1 (below 0), before the wait's own effect */
  mood: number;
  /** complaints filed at the kiosk or from a phone, per day on average */
  complaintsPerDay: number;
  /** shares of complaints answered after their deadline, and never answered */
  lateAnswers: number;
  openComplaints: number;
  /** shares of dossiers whose results come early, and after their due date (the rest on it) */
  earlyDossiers: number;
  lateDossiers: number;
}

export const STANDARD_WARD: WardProfile = {
  volume: 1,
  pace: 1,
  lateOpening: 10,
  mood: 0,
  complaintsPerDay: 0.3,
  lateAnswers: 0.12,
  openComplaints: 0.08,
  earlyDossiers: 0.82,
  lateDossiers: 0.015,
};

/** Tickets per weekday by service. */
export const DAILY: Record<string, number> = {
  'tu-phap': 30,
  'chung-thuc': 55,
  'dat-dai': 12,
  'lao-dong': 10,
  'thi-dua': 3,
  'van-hoa': 6,
  'ho-kinh-doanh': 9,
  'tra-ket-qua': 32,
};
/** Volume by weekday (Sunday first): Mondays are busy, weekends closed. */
export const WEEKDAY_FACTOR = [0, 1.3, 1.05, 0.95, 1.0, 0.85, 0];
/** Arrival density by half hour (local minute of day, weight), morning peak around 8:30–9:30. */
export const ARRIVALS: [number, number][] = [
  [7 * 60 + 30, 6],
  [8 * 60, 12],
  [8 * 60 + 30, 16],
  [9 * 60, 15],
  [9 * 60 + 30, 12],
  [10 * 60, 9],
  [10 * 60 + 30, 6],
  [11 * 60, 2],
  [13 * 60 + 30, 6],
  [14 * 60, 8],
  [14 * 60 + 30, 7],
  [15 * 60, 6],
  [15 * 60 + 30, 4],
  [16 * 60, 2],
];
/** Working days a dossier of the service may take by law (services without: none are received). */
export const DOSSIER_DAYS: Record<string, number> = { 'tu-phap': 1, 'dat-dai': 15, 'lao-dong': 20, 'thi-dua': 10, 'ho-kinh-doanh': 3, 'van-hoa': 5 };
export const PRIORITIES = ['elderly', 'disability', 'pregnant', 'small-child', 'merit'] as const;
export const CRITERIA = [
  'total_time',
  'agency_time',
  'contacts',
  'agencies',
  'one_stop_desk',
  'publicity',
  'attitude',
  'feedback_response',
  'online_service',
] as const;
export const COMMENTS: Record<number, string[]> = {
  4: [
    'Cán bộ nhiệt tình, hướng dẫn rất chu đáo.',
    'Thủ tục nhanh gọn, rất hài lòng.',
    'Cảm ơn chị cán bộ đã giúp tôi điền tờ khai.',
    'Không phải chờ lâu, phục vụ tốt.',
    'Phòng chờ sạch sẽ, gọi số rõ ràng.',
  ],
  3: ['Làm xong trong buổi sáng, ổn.', 'Cán bộ lịch sự.', 'Hướng dẫn dễ hiểu.', 'Nên có thêm ghế ngồi chờ.'],
  2: ['Phải chờ khá lâu vào giờ cao điểm.', 'Hồ sơ phải bổ sung nhiều lần.', 'Bình thường, không có gì đặc biệt.', 'Màn hình gọi số hơi nhỏ.'],
  1: [
    'Chờ gần hai tiếng mới đến lượt.',
    'Cán bộ trả lời cộc lốc, thiếu nhiệt tình.',
    'Bị yêu cầu nộp giấy tờ không có trong quy định.',
    'Hẹn trả kết quả nhưng đến nơi chưa có.',
  ],
};
export const COMPLAINTS: [string, string][] = [
  ['waiting_time', 'Tôi lấy số lúc 8 giờ nhưng đến 10 giờ 30 mới được gọi, đề nghị bố trí thêm quầy vào buổi sáng.'],
  ['attitude', 'Cán bộ quầy tiếp nhận nói chuyện thiếu tôn trọng khi tôi hỏi lại thủ tục.'],
  ['procedure', 'Hồ sơ đăng ký hộ kinh doanh bị trả lại 2 lần, mỗi lần yêu cầu một giấy tờ khác nhau.'],
  ['facilities', 'Phòng chờ nóng, không đủ ghế cho người cao tuổi.'],
  ['fees', 'Đề nghị niêm yết rõ lệ phí chứng thực bản sao.'],
  ['other', 'Đề nghị có thêm hướng dẫn nộp hồ sơ trực tuyến cho người cao tuổi.'],
];
export const CONTACT_NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Thu Hà', 'Hoàng Đức Long'];
export const RESPONSES = [
  'UBND phường đã tiếp nhận và kiểm tra. Đã nhắc nhở cán bộ liên quan, bố trí thêm một quầy vào giờ cao điểm buổi sáng. Trân trọng cảm ơn ý kiến của ông/bà.',
  'UBND phường ghi nhận phản ánh. Bộ phận Một cửa đã niêm yết lại danh mục giấy tờ và lệ phí tại bảng thông tin. Xin cảm ơn ông/bà.',
  'Đã xác minh và làm việc với cán bộ; cán bộ đã nhận khuyết điểm. UBND phường xin lỗi ông/bà vì sự phiền hà.',
];

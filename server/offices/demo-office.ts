/**
 * The demo office: the one-stop office of UBND phường Tây Mỗ, with the service areas of a
 * realistic commune. It issues tickets at all hours so a new user can try it any time;
 * `REALISTIC_HOURS` is the preset an administrator applies to run it for real.
 */
import type { OfficeConfigInput } from '../../shared/schemas/office.js';

export const DEMO_OFFICE_ID = 'tay-mo';

export const ALL_DAY = [{ from: '00:00', to: '24:00' }];
/** The issuing windows of a real ward office: mornings and afternoons, Monday to Friday. */
export const REALISTIC_HOURS = [
  { from: '07:30', to: '11:15' },
  { from: '13:30', to: '16:30' },
];

export function demoOffice(): OfficeConfigInput {
  const svc = (
    id: string,
    prefix: string,
    name: string,
    nameEn: string,
    dailyLimit: number,
    avgServiceMinutes: number,
    targetWaitMinutes = 15,
    description?: string,
    appointments = false,
  ) => ({
    id,
    prefix,
    name,
    nameEn,
    dailyLimit,
    avgServiceMinutes,
    targetWaitMinutes,
    hours: ALL_DAY,
    enabled: true,
    ...(description ? { description } : {}),
    // every service takes numbers from a phone; a few also take appointments (30-minute slots of 4)
    booking: appointments ? { remote: true, appointment: { slotMinutes: 30, capacity: 4 } } : { remote: true },
  });
  return {
    id: DEMO_OFFICE_ID,
    name: 'Bộ phận Một cửa UBND phường Tây Mỗ',
    shortName: 'UBND phường Tây Mỗ',
    address: 'Số 1 Đại lộ Thăng Long, phường Tây Mỗ, Hà Nội',
    timeZone: 'Asia/Ho_Chi_Minh',
    services: [
      svc('tu-phap', 'A', 'Tư pháp – Hộ tịch', 'Justice – Civil status', 200, 10, 15, 'Khai sinh, kết hôn, khai tử: trả kết quả trong ngày', true),
      svc('chung-thuc', 'B', 'Chứng thực', 'Certification', 300, 4, 10, 'Trong ngày; sau 15 giờ trả ngày làm việc tiếp theo'),
      svc('dat-dai', 'C', 'Đất đai – Xây dựng', 'Land – Construction', 80, 15, 20, 'Giấy phép xây dựng nhà ở: tối đa 15 ngày', true),
      svc('lao-dong', 'D', 'Lao động – Bảo trợ xã hội – Người có công', 'Labour – Social protection – Veterans', 80, 12, 20),
      svc('thi-dua', 'E', 'Thi đua – Khen thưởng', 'Emulation – Awards', 40, 10, 20),
      svc('van-hoa', 'G', 'Văn hóa – Giáo dục', 'Culture – Education', 60, 8, 15),
      svc('ho-kinh-doanh', 'H', 'Đăng ký hộ kinh doanh', 'Household business registration', 80, 12, 20),
      svc('tra-ket-qua', 'K', 'Trả kết quả', 'Result pick-up', 300, 3, 10),
    ],
    counters: [
      { id: '1', number: 1, name: 'Quầy 1', services: ['tu-phap', 'tra-ket-qua'] },
      { id: '2', number: 2, name: 'Quầy 2', services: ['tu-phap', 'chung-thuc'] },
      { id: '3', number: 3, name: 'Quầy 3', services: ['chung-thuc', 'tra-ket-qua'] },
      { id: '4', number: 4, name: 'Quầy 4', services: ['dat-dai', 'ho-kinh-doanh'] },
      { id: '5', number: 5, name: 'Quầy 5', services: ['lao-dong', 'thi-dua', 'van-hoa'] },
      { id: '6', number: 6, name: 'Quầy 6', services: ['tra-ket-qua', 'ho-kinh-doanh', 'van-hoa'] },
    ],
    workingDays: [0, 1, 2, 3, 4, 5, 6],
    daysOff: [],
    // the day closes at midnight: tickets all day long, none left over for the next day
    closingTime: '24:00',
    priority: {
      mode: 'interleave',
      every: 3,
      categories: [
        { id: 'elderly', name: 'Người từ 60 tuổi trở lên', nameEn: 'Aged 60 or over' },
        { id: 'disability', name: 'Người khuyết tật', nameEn: 'Person with a disability' },
        { id: 'pregnant', name: 'Phụ nữ mang thai', nameEn: 'Pregnant woman' },
        { id: 'small-child', name: 'Người đi cùng trẻ nhỏ', nameEn: 'With a small child' },
        { id: 'merit', name: 'Người có công với cách mạng', nameEn: 'Person with meritorious services' },
      ],
    },
    rating: { neutralCountsAs: 'satisfied', repeatIntervalSeconds: 3 },
    callPhrase: 'Xin mời công dân có số thứ tự {number} đến quầy số {counter}',
    noWritingWeekday: 3,
    notices: [
      'Công dân vui lòng giữ phiếu số thứ tự và chú ý màn hình gọi số.',
      'Thứ Tư hằng tuần là "Ngày không viết": cán bộ điền biểu mẫu giúp công dân.',
      'Đánh giá mức độ hài lòng bằng cách quét mã QR trên phiếu.',
    ],
    theme: { primary: '#b3261e', accent: '#f2c94c' },
    cccdEnabled: true,
    complaintDeadlineDays: 5,
    // a new user tries the kiosk from any browser; a real office keeps the default (paired kiosks only)
    requirePairedKiosks: false,
    allowUnpairedScreens: true,
    // numbers from a phone at any hour, like the kiosk (the services' hours still bound them)
    booking: { remoteFrom: '00:00', remoteTo: '24:00' },
  };
}

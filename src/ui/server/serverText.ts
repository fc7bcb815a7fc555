import type { LayerKind } from '../../core/import/layerKind.ts';
import { useApp } from '../../store/useApp.ts';
import type { Change, Role } from './client.ts';
import type { ReviewMark } from './reviewMap.ts';

/** Words of the server panel (sign-in, figures as of a date, uploads and their review). */
const vi = {
  title: 'Máy chủ dùng chung của tỉnh',
  intro: 'Đăng nhập để xem số liệu đã công bố, gửi dữ liệu và duyệt thay đổi.',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  signIn: 'Đăng nhập',
  signOut: 'Đăng xuất',
  signedInAs: (name: string, role: string) => `Đăng nhập: ${name} (${role})`,
  role: { admin: 'quản trị', department: 'Sở KH&CN', operator: 'nhà mạng', commune: 'xã, phường' } satisfies Record<Role, string>,
  asOf: 'Số liệu tại thời điểm',
  now: 'Hiện tại',
  showOnMap: 'Xem dữ liệu công bố trên bản đồ',
  onMap: 'Bản đồ và bảng số liệu đang dùng dữ liệu công bố của máy chủ.',
  published: (at: string, version: number) => `Công bố lúc ${at} (phiên bản ${version})`,
  nothingPublished: 'Chưa có số liệu công bố tại thời điểm này.',
  noData: 'chưa có dữ liệu',
  province: 'Toàn tỉnh',
  commune: 'Xã, phường',
  communeCode: 'Mã xã',
  show: 'Xem',
  village: 'Thôn',
  population: 'Dân số',
  stations: 'Số trạm',
  sites: 'Vị trí trạm',
  sharing: 'Dùng chung (%)',
  upload: 'Gửi dữ liệu',
  kind: 'Loại lớp',
  kinds: { communes: 'Xã, phường', villages: 'Thôn, xóm', stations: 'Trạm BTS', coverage: 'Vùng phủ', fibre: 'Cáp quang', population: 'Dân cư' } satisfies Record<LayerKind, string>,
  file: 'Tệp',
  send: 'Gửi',
  sent: (id: number, imported: number, rows: number, rejected: number) => `Đã gửi thay đổi #${id}: nhận ${imported}/${rows} dòng, loại ${rejected} dòng; chờ Sở duyệt.`,
  rejectedRows: 'Tải các dòng bị loại',
  changes: 'Thay đổi',
  status: { pending: 'chờ duyệt', published: 'đã công bố', rejected: 'bị từ chối' } satisfies Record<Change['status'], string>,
  noChanges: 'Không có thay đổi nào.',
  review: 'Xem thay đổi',
  diffCounts: (c: { added: number; moved: number; changed: number; removed: number; unchanged: number }) =>
    `Thêm ${c.added}, di chuyển ${c.moved}, sửa ${c.changed}, xóa ${c.removed}, giữ nguyên ${c.unchanged}`,
  change: { added: 'thêm', moved: 'di chuyển', changed: 'sửa', removed: 'xóa' } as Record<string, string>,
  mapLegend: 'Trên bản đồ',
  mark: { added: 'thêm', moved: 'vị trí mới', was: 'vị trí cũ (đường nối tới vị trí mới)', changed: 'sửa thuộc tính', removed: 'xóa' } satisfies Record<ReviewMark, string>,
  close: 'Đóng',
  key: 'Mã',
  name: 'Tên',
  movedBy: 'Dời (m)',
  approve: 'Duyệt và công bố',
  reject: 'Từ chối',
  approved: (id: number) => `Đã công bố thay đổi #${id}.`,
  rejectedChange: (id: number) => `Đã từ chối thay đổi #${id}.`,
  by: (user: string, at: string) => `${user}, ${at}`,
};

type ServerText = typeof vi;

const en: ServerText = {
  title: "The province's shared server",
  intro: 'Sign in to see the published figures, send data and review changes.',
  username: 'User name',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (name, role) => `Signed in: ${name} (${role})`,
  role: { admin: 'admin', department: 'Department of S&T', operator: 'operator', commune: 'commune' },
  asOf: 'Figures as of',
  now: 'Now',
  showOnMap: 'Show the published data on the map',
  onMap: "The map and the figures show the server's published data.",
  published: (at, version) => `Published ${at} (version ${version})`,
  nothingPublished: 'Nothing was published at that moment.',
  noData: 'no data',
  province: 'Province',
  commune: 'Commune',
  communeCode: 'Commune code',
  show: 'Show',
  village: 'Village',
  population: 'Population',
  stations: 'Stations',
  sites: 'Sites',
  sharing: 'Shared (%)',
  upload: 'Send data',
  kind: 'Layer',
  kinds: { communes: 'Communes', villages: 'Villages', stations: 'BTS stations', coverage: 'Coverage', fibre: 'Fibre', population: 'Population' },
  file: 'File',
  send: 'Send',
  sent: (id, imported, rows, rejected) => `Sent change #${id}: ${imported} of ${rows} rows taken, ${rejected} rejected; waiting for review.`,
  rejectedRows: 'Download the rejected rows',
  changes: 'Changes',
  status: { pending: 'pending', published: 'published', rejected: 'rejected' },
  noChanges: 'No changes.',
  review: 'Review',
  diffCounts: (c) => `Adds ${c.added}, moves ${c.moved}, changes ${c.changed}, removes ${c.removed}, keeps ${c.unchanged}`,
  change: { added: 'added', moved: 'moved', changed: 'changed', removed: 'removed' },
  mapLegend: 'On the map',
  mark: { added: 'added', moved: 'new place', was: 'old place (a line to the new one)', changed: 'attributes changed', removed: 'removed' },
  close: 'Close',
  key: 'Key',
  name: 'Name',
  movedBy: 'Moved (m)',
  approve: 'Approve and publish',
  reject: 'Reject',
  approved: (id) => `Change #${id} is published.`,
  rejectedChange: (id) => `Change #${id} is rejected.`,
  by: (user, at) => `${user}, ${at}`,
};

export function useServerText(): ServerText {
  return useApp((s) => s.language) === 'vi' ? vi : en;
}

/** A moment in the language's usual form. */
export function useFormatTime(): (iso: string) => string {
  const locale = useApp((s) => s.language) === 'vi' ? 'vi-VN' : 'en-GB';
  return (iso) => new Date(iso).toLocaleString(locale);
}

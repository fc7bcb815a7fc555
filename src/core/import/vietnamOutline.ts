import type { MultiPolygon, Position } from 'geojson';

/**
 * A coarse, hand-drawn outline of Vietnam (`[lng, lat]` degrees, outer rings counter-clockwise) for telling a
 * location in Vietnam from a wrong one. It is not a boundary to draw or measure with.
 *
 * Drawn from land-border landmarks (A Pa Chải tri-point 102.144°E 22.401°N, the northernmost point on the Nho Quế
 * by Lũng Cú 105.33°E 23.39°N, Móng Cái and the Ka Long mouth, Hữu Nghị, Tà Lùng, Bản Giốc, Lào Cai and the Red
 * River, Tây Trang, Nậm Cắn, Cầu Treo, Cha Lo, Lao Bảo, the Laos-Cambodia tri-point by Bờ Y, Mộc Bài, Xa Mát,
 * Châu Đốc, Xà Xía at Hà Tiên) and from the extreme longitudes and latitudes of the border provinces. It errs on
 * the side of admitting so that it never rejects a point in Vietnam: the landmarks lie 5 km (Xà Xía, Móng Cái) to
 * 35 km (the Laos-Cambodia tri-point) inside it, typically 10-20 km, so it may admit up to about 35 km of a
 * neighbour, most where the border is only known from a province's extent (the Laos border from Sơn La to Nghệ
 * An, the north of Lai Châu, the Central Highlands). Border twin towns are admitted: Hekou (across the Red River from
 * Lào Cai), Dongxing (across the Ka Long from Móng Cái), Pingxiang and Jinping in China, Bavet and the tip of the
 * Parrot's Beak in Cambodia. The mainland ring also holds the coastal waters 20-50 km out with the near-shore
 * islands (Cô Tô, Bạch Long Vĩ, Cồn Cỏ, Lý Sơn, Phú Quý, Côn Đảo, Phú Quốc, Thổ Chu, Hòn Khoai), keeping clear of
 * the Cambodian coast at Kep and Kampot and of China's coast and Hainan. Two more rings enclose the Hoàng Sa
 * (Paracel) and Trường Sa (Spratly) archipelagos, the latter stretched west over the DK1 platforms on the shelf
 * and kept clear of Palawan and Borneo.
 */
export const VIETNAM_OUTLINE: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      closed([
        // China border, east to west: Lũng Cú, Hà Giang, Lào Cai (Hekou admitted), Lai Châu.
        [105.33, 23.5], [105.12, 23.4], [104.95, 23.22], [104.78, 23.08], [104.5, 22.88], [104.3, 22.95],
        [104.12, 23.0], [103.75, 22.97], [103.45, 22.95], [102.65, 22.95], [102.35, 22.75], [102.1, 22.55],
        // A Pa Chải, then the Laos border south: Điện Biên, Sơn La, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình,
        // Quảng Trị (Lao Bảo), Huế (A Lưới), Quảng Nam, Kon Tum.
        [102.02, 22.42], [102.1, 22.15], [102.32, 21.85], [102.55, 21.55], [102.75, 21.2], [102.82, 20.92],
        [103.1, 20.58], [103.7, 20.5], [104.0, 20.5], [104.25, 20.55], [104.33, 20.25], [104.45, 19.95],
        [104.15, 19.62], [103.76, 19.45], [103.74, 19.15], [104.2, 18.85], [104.7, 18.55], [105.0, 18.3],
        [105.2, 18.0], [105.45, 17.75], [105.75, 17.35], [106.2, 16.95], [106.4, 16.6], [106.75, 16.25],
        [106.9, 16.0], [107.05, 15.7], [107.18, 15.2], [107.2, 14.85], [107.25, 14.5],
        // Cambodia border: Central Highlands, Bình Phước, Tây Ninh, around the Parrot's Beak (Svay Rieng kept out),
        // Long An, Đồng Tháp, An Giang, Kiên Giang to Xà Xía.
        [107.18, 14.1], [107.35, 13.6], [107.35, 13.0], [107.38, 12.6], [107.1, 12.4], [106.85, 12.38],
        [106.55, 12.1], [106.33, 11.88], [105.95, 11.88], [105.7, 11.55], [105.7, 11.3], [105.9, 11.14],
        [105.98, 11.07], [105.8, 11.02], [105.55, 11.06], [105.1, 11.1], [104.95, 10.9], [104.82, 10.7],
        [104.62, 10.62], [104.45, 10.48],
        // Gulf of Thailand: south of Kep and Kampot, round Phú Quốc, Thổ Chu and Hòn Khoai.
        [104.25, 10.45], [104.05, 10.52], [103.72, 10.52], [103.7, 10.05], [103.3, 9.55], [103.3, 9.1],
        [103.8, 8.9], [104.5, 8.3], [104.9, 8.15],
        // East Sea, south to north: Côn Đảo, Phú Quý, Mũi Đôi, Lý Sơn, Cồn Cỏ, then the Gulf of Tonkin with
        // Bạch Long Vĩ and Cô Tô, west of the 2000 delimitation line, to the Ka Long mouth (Dongxing admitted).
        [105.4, 8.25], [106.35, 8.3], [106.9, 8.4], [107.1, 8.9], [107.5, 10.05], [108.2, 10.3], [108.7, 10.15],
        [109.2, 10.2], [109.25, 11.2], [109.45, 11.75], [109.55, 12.2], [109.7, 12.65], [109.6, 13.3],
        [109.5, 14.0], [109.4, 14.7], [109.35, 15.35], [109.15, 15.7], [108.75, 16.1], [108.45, 16.35],
        [108.0, 16.65], [107.65, 17.05], [107.55, 17.35], [107.0, 17.75], [106.75, 18.1], [106.35, 18.6],
        [106.1, 19.0], [107.4, 19.7], [107.95, 19.9], [108.05, 20.35], [107.95, 20.65], [108.15, 20.9],
        [108.2, 21.3], [108.1, 21.47], [108.02, 21.57],
        // China border, east to west: Quảng Ninh, Lạng Sơn (Pingxiang admitted, Longzhou not), Cao Bằng.
        [107.75, 21.72], [107.5, 21.78], [107.2, 21.9], [106.85, 22.08], [106.7, 22.4], [106.72, 22.5],
        [107.0, 22.75], [106.9, 22.98], [106.45, 23.05], [106.15, 23.08], [105.9, 23.25], [105.62, 23.3],
        [105.45, 23.42],
      ]),
    ],
    [closed([[110.9, 15.5], [113.1, 15.5], [113.1, 17.4], [110.9, 17.4]])],
    [
      closed([
        [109.2, 7.0], [111.5, 6.0], [114.5, 6.0], [116.2, 7.6], [116.9, 8.7], [117.3, 10.0], [117.3, 12.0],
        [111.5, 12.0], [111.0, 9.0], [109.2, 8.9],
      ]),
    ],
  ],
};

function closed(ring: Position[]): Position[] {
  return [...ring, ring[0]!];
}

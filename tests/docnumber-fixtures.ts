/** A small registry shared by the resolve and link tests (documents of the sample content). */
import type { RegistryDoc, ResolveContext } from '../src/docnumber/resolve.ts';

export const DOCS: RegistryDoc[] = [
  {
    id: '02-nq-tu-2016-ben-tre',
    number: '02-NQ/TU',
    kind: 'nghi-quyet',
    unit: 'ben-tre',
    issued: '2016-04-12',
    issuer: 'Tỉnh ủy Bến Tre',
    title: 'Về xây dựng Đảng',
    term: 'X',
  },
  {
    id: '02-nq-tu-2021-mien-nui',
    number: '02-NQ/TU',
    kind: 'nghi-quyet',
    unit: 'unknown-tinh-mien-nui-phia-bac',
    issued: '2021-01-21',
    issuer: 'Tỉnh ủy',
    title: 'Về nâng cao năng lực lãnh đạo',
  },
  {
    id: '34-kl-tw-2018',
    number: '34-KL/TW',
    kind: 'ket-luan',
    unit: 'viet-nam',
    issued: '2018-08-07',
    issuer: 'Bộ Chính trị',
    title: 'Về thực hiện một số mô hình thí điểm',
  },
  {
    id: '18-nq-tw-2017',
    number: '18-NQ/TW',
    kind: 'nghi-quyet',
    unit: 'viet-nam',
    issued: '2017-10-25',
    issuer: 'Ban Chấp hành Trung ương',
    title: 'Về tinh gọn bộ máy',
    term: 'XII',
    names: ['Nghị quyết Trung ương 6 khóa XII'],
  },
  {
    id: '01-da-tu-2012',
    number: '01-ĐA/TU',
    kind: 'de-an',
    unit: 'ben-tre',
    issued: '2012-06-12',
    issuer: 'Tỉnh ủy Bến Tre',
    title: 'Cán bộ trẻ, cán bộ nữ',
  },
  {
    id: '3903-pa-ubnd-2018',
    number: '3903/PA-UBND',
    kind: 'phuong-an',
    unit: 'ben-tre',
    issued: '2018-08-23',
    issuer: 'UBND tỉnh Bến Tre',
    title: 'Sắp xếp đơn vị hành chính',
  },
];

const chain = (...units: string[]): ResolveContext['unitAncestors'] => [...units, 'viet-nam'];

export const BEN_TRE: ResolveContext = { unit: 'tp-ben-tre', unitAncestors: chain('tp-ben-tre', 'ben-tre'), date: '2021-09-24' };
export const MIEN_NUI: ResolveContext = {
  unit: 'unknown-tinh-mien-nui-phia-bac',
  unitAncestors: chain('unknown-tinh-mien-nui-phia-bac'),
  date: '2021-09-17',
};
export const SAM_SON: ResolveContext = { unit: 'sam-son', unitAncestors: chain('sam-son', 'thanh-hoa'), date: '2022-03-01' };

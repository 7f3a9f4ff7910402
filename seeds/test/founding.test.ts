import { describe, expect, it } from 'vitest';
import { columnsOf } from '../src/index.js';
import { founding, requirements, requirementValidOn, unitByCode } from './helpers.js';

const SOURCE = {
  source_kind: 'ARTICLE',
  source_title: 'Kiểm tra công tác thực hiện Quy chế dân chủ cơ sở tại Sở Kế hoạch và Đầu tư thành phố Đà Nẵng',
  source_url: '',
  source_publisher: 'Văn phòng Sở Kế hoạch và Đầu tư',
  source_published_on: '2021-10-29',
};

describe('the founding record (SPEC §2)', () => {
  it('has exactly the four sheets, each row linked to the source article', () => {
    expect(Object.keys(founding).sort()).toEqual(['awards', 'findings', 'inspections', 'recommendations']);
    for (const [sheet, rows] of Object.entries(founding)) {
      expect(Object.keys(rows![0]).sort()).toEqual([...columnsOf(sheet as 'awards')].sort());
      for (const row of rows!) expect(row).toMatchObject(SOURCE);
    }
  });

  it('records the inspection of 27/10/2021 by Đoàn kiểm tra số 2 at S_KHDT, without a kind or a rating (the source gives neither)', () => {
    expect(founding.inspections).toHaveLength(1);
    const inspection = founding.inspections![0];
    expect(inspection).toMatchObject({
      code: 'KT-2021-S_KHDT-0001',
      unit_code: 'S_KHDT',
      date: '2021-10-27',
      team: 'Đoàn kiểm tra số 2',
      kind: '',
      rating: '',
    });
    expect(inspection.leader.startsWith('Mai Thị Thu (Phó Trưởng Ban Dân vận Thành ủy')).toBe(true);
    expect(inspection.conclusion).toContain('Dân vận khéo');
    expect(inspection.conclusion).toContain('không nêu hình thức kiểm tra');
    expect(unitByCode.get('S_KHDT')!.valid_to >= inspection.date).toBe(true);
  });

  it('has only COMPLIANT findings, on requirements valid on the inspection date, each with a note', () => {
    const findings = founding.findings!;
    expect(findings.map((f) => f.requirement_code)).toEqual(['QCDC-01', 'QCDC-02', 'QCDC-24']);
    for (const f of findings) {
      expect(f.inspection_code).toBe('KT-2021-S_KHDT-0001');
      expect(f.result).toBe('COMPLIANT');
      expect(f.note).toMatch(/^Bài viết nêu:/);
      expect(requirementValidOn(requirements.find((r) => r.code === f.requirement_code)!, '2021-10-27')).toBe(true);
    }
  });

  it('has one recommendation of UNKNOWN status without a due date (the source says neither whether nor when it was remedied)', () => {
    expect(founding.recommendations).toEqual([
      expect.objectContaining({ inspection_code: 'KT-2021-S_KHDT-0001', seq: '1', due_date: '', status: 'UNKNOWN', resolved_on: '' }),
    ]);
  });

  it('has the Bằng khen 2015–2020 with empty decision number and date (the source gives neither)', () => {
    expect(founding.awards).toEqual([
      expect.objectContaining({
        decision_number: '',
        decision_date: '',
        issuer: 'Chủ tịch UBND thành phố Đà Nẵng',
        kind: 'BANG_KHEN',
        recipient_code: 'S_KHDT',
        period_from: '2015',
        period_to: '2020',
        citation:
          'thành tích xuất sắc về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập giai đoạn 2015-2020',
      }),
    ]);
  });
});

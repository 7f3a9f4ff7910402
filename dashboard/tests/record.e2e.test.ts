import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openPage, screenshot } from './browser';
import { ownServers, type OwnServers } from './own-servers';

/**
 * Recording and approving an inspection as its people do it (SPEC §6.3), on servers of its own
 * (own-servers.ts): ACCESS=login, the reference units and the founding record only (no DEMO), and two users made
 * with `qcdc user add` as the README says — Thu (INSPECTOR of Quận Hải Châu, D492) and Hùng
 * (LEADER of D492).
 *
 * Both read the hub as D492's subtree (scope in SQL): in 2021 it holds no inspection (the founding
 * record is at Sở KH&ĐT, outside) → 0 inspections, 0 units inspected, no compliance score. Thu
 * records Phường Thạch Thang (W20233, in D492) on 15/11/2021 with QCDC-01 COMPLIANT and QCDC-02
 * NON_COMPLIANT. Once approved, and only then: 1 inspection, 1 unit inspected, compliance
 * (1 + 0.5 × 0) / (1 + 1) = 50 %.
 */
let servers: OwnServers;
let dashboard: string;

const contexts: { close: () => Promise<void> }[] = [];
let thu: Page;
let hung: Page;
let an: Page;
const errors: string[] = [];

async function signIn(login: string, password: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const b = await openBrowser(options);
  contexts.push(b);
  const { page, errors: e } = await openPage(b.context as BrowserContext);
  page.on('pageerror', () => errors.push(...e));
  await page.goto(`${dashboard}/dang-nhap`);
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=user]');
  return page;
}

beforeAll(async () => {
  servers = await ownServers('record', (cli, tmp) => {
    cli(['seed', '--no-demo']);
    // one requirement of the catalogue with no English title (title_en is optional, SPEC §5.2): the English UI shows its Vietnamese title
    const extra = path.join(tmp, 'extra');
    mkdirSync(extra);
    writeFileSync(
      path.join(extra, 'requirements.csv'),
      'framework_code,code,title,title_en,category,valid_from\nND04_2015,QCDC-VN1,Tiếp công dân định kỳ theo lịch đã công khai,,CITIZEN_RELATIONS,2015-01-01\n',
    );
    cli(['import', extra]);
    cli(['user', 'add', 'thu', '--role', 'INSPECTOR', '--scope', 'D492', '--name', 'Mai Thị Thu', '--password-stdin'], 'mật-khẩu-của-Thu\n');
    cli(['user', 'add', 'hung', '--role', 'LEADER', '--scope', 'D492', '--name', 'Lê Văn Hùng', '--password-stdin'], 'mật-khẩu-của-Hùng\n');
    cli(['user', 'add', 'an', '--role', 'ADMIN', '--name', 'Nguyễn Văn An', '--password-stdin'], 'mật-khẩu-của-An\n');
    cli(['user', 'add', 'lan', '--role', 'UNIT_OFFICER', '--scope', 'W20233', '--name', 'Trần Thị Lan', '--password-stdin'], 'mật-khẩu-của-Lan\n');
  });
  dashboard = servers.dashboard;
  thu = await signIn('thu', 'mật-khẩu-của-Thu');
  hung = await signIn('hung', 'mật-khẩu-của-Hùng');
  an = await signIn('an', 'mật-khẩu-của-An');
}, 600_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await servers?.stop();
});

/** The overview's cards for 2021: inspections, coverage, units inspected, units in scope, compliance. */
async function figures2021(page: Page) {
  await page.goto(`${dashboard}/?from=2021&to=2021`);
  const values = await page.$$eval('.kpi', (cards) => cards.map((c) => [c.querySelector('.label')?.textContent?.trim(), c.querySelector('[data-testid=kpi-value]')?.textContent?.trim()]));
  const pick = (label: string) => values.find(([l]) => l === label)?.[1];
  return { inspections: pick('Số cuộc kiểm tra'), unitsInspected: pick('Số đơn vị được kiểm tra'), compliance: pick('Điểm tuân thủ') };
}

const CODE = 'KT-2021-W20233-0001';

describe('an inspection from the form to the figures', () => {
  let before: Awaited<ReturnType<typeof figures2021>>;

  it('the inspector records it: units and requirements of the date, errors next to the field in Vietnamese, saved as a draft, submitted', async () => {
    before = await figures2021(thu);
    expect(before).toEqual({ inspections: '0', unitsInspected: '0', compliance: '–' });

    await thu.goto(`${dashboard}/kiem-tra/nhap`);
    expect(await thu.textContent('h1')).toBe('Ghi nhận kết quả kiểm tra');
    await thu.fill('input[name=date]', '15/11/2021');
    await thu.fill('input[name=q]', 'thach thang'); // without accents
    await thu.click('form[method=GET] button[type=submit]');
    await thu.waitForSelector('input[name=unitCode][value=W20233]');
    // the catalogue in force on 15/11/2021 (Decree 04): QCDC-04 (Law 10, from 1/7/2023) is not offered
    expect(await thu.$('tr[data-requirement=QCDC-01]')).not.toBeNull();
    expect(await thu.$('tr[data-requirement=QCDC-04]')).toBeNull();

    await thu.check('input[name=unitCode][value=W20233]');
    await thu.selectOption('select[name="result:QCDC-01"]', 'COMPLIANT');
    await thu.selectOption('select[name="result:QCDC-02"]', 'NON_COMPLIANT');
    await thu.fill('input[name="rec0.text"]', 'Xây dựng kế hoạch thực hiện QCDC năm 2022');
    await thu.fill('input[name="rec0.due"]', '01/11/2021'); // before the visit
    await thu.fill('input[name="rec1.text"]', 'Niêm yết công khai kết quả kiểm tra');
    await thu.fill('input[name="rec1.due"]', '30/06/2022');
    await thu.click('button:text("Lưu nháp")');
    await thu.waitForSelector('[data-field=team]');
    expect(await thu.textContent('[data-field=team]')).toBe('Vui lòng nhập trường này.');
    expect(await thu.textContent('[data-field=kind]')).toBe('Vui lòng chọn hình thức kiểm tra.');
    expect(await thu.textContent('[data-field="rec0.due"]')).toBe('Hạn khắc phục không được trước ngày kiểm tra.');
    // what was typed is kept
    expect(await thu.inputValue('input[name="rec0.text"]')).toBe('Xây dựng kế hoạch thực hiện QCDC năm 2022');
    await screenshot(thu, 'record-field-errors');

    await thu.fill('input[name=team]', 'Đoàn kiểm tra số 3');
    await thu.selectOption('select[name=kind]', 'PERIODIC');
    await thu.fill('input[name="rec0.due"]', '31/03/2022');
    await thu.click('button:text("Lưu nháp")');
    await thu.waitForURL(`${dashboard}/kiem-tra/nhap/${CODE}?saved=1`);
    expect(await thu.textContent('p.notice[role=status]')).toContain('Đã lưu bản nháp (phiên bản 1)');
    expect(await figures2021(thu)).toEqual(before);

    await thu.goto(`${dashboard}/kiem-tra/nhap/${CODE}`);
    expect(await thu.inputValue('input[name=team]')).toBe('Đoàn kiểm tra số 3');
    await thu.click('button:text("Gửi duyệt")');
    await thu.waitForURL(`${dashboard}/kiem-tra/nhap?submitted=${CODE}`);
    expect(await thu.textContent('[data-testid=mine]')).toContain('Chờ duyệt');
    expect(await figures2021(thu)).toEqual(before);
  });

  it('the recording and review forms name the requirements in English in the English UI; a title with no English is the Vietnamese, marked lang="vi" (issue 13.9)', async () => {
    // seeds/reference/requirements.csv: QCDC-01 and QCDC-02 have English titles; QCDC-VN1 (imported above) has none
    await thu.goto(`${dashboard}/kiem-tra/nhap?lang=en&date=15/11/2021&q=thach+thang`);
    await thu.waitForSelector('tr[data-requirement=QCDC-02]');
    const title = (page: Page, code: string) => page.locator(`tr[data-requirement="${code}"] td:first-child > span`);
    expect(await thu.locator('tr[data-requirement=QCDC-02]').innerText()).toContain('Annual QCDC implementation plan');
    expect(await thu.locator('tr[data-requirement=QCDC-02]').innerText()).not.toContain('Xây dựng kế hoạch');
    expect(await thu.locator('tr[data-requirement=QCDC-01]').innerText()).toContain("Issue/update the unit's democracy-implementation regulation");
    // the English ones are in the page's language (no lang of their own), the fallback says it is Vietnamese
    expect(await thu.locator('html').getAttribute('lang')).toBe('en');
    expect(await title(thu, 'QCDC-02').getAttribute('lang')).toBeNull();
    expect(await title(thu, 'QCDC-VN1').innerText()).toBe('Tiếp công dân định kỳ theo lịch đã công khai');
    expect(await title(thu, 'QCDC-VN1').getAttribute('lang')).toBe('vi');
    await screenshot(thu, 'record-form-en');
    // in Vietnamese: the Vietnamese titles, none marked
    await thu.goto(`${dashboard}/kiem-tra/nhap?lang=vi&date=15/11/2021&q=thach+thang`);
    await thu.waitForSelector('tr[data-requirement=QCDC-02]');
    expect(await thu.locator('tr[data-requirement=QCDC-02]').innerText()).toContain('Xây dựng kế hoạch thực hiện QCDC hằng năm của cơ quan, đơn vị');
    expect(await thu.locator('tr[data-requirement] span[lang]').count()).toBe(0);

    // the leader's review of the submitted inspection, side by side
    await hung.goto(`${dashboard}/kiem-tra/duyet/${CODE}?lang=en`);
    const row = hung.locator('[data-testid=side-by-side] tr[data-requirement=QCDC-02]');
    expect(await row.innerText()).toContain('Annual QCDC implementation plan');
    expect(await row.innerText()).not.toContain('Xây dựng kế hoạch');
    expect(await hung.locator('[data-testid=side-by-side] tr[data-requirement=QCDC-01]').innerText()).toContain("Issue/update the unit's democracy-implementation regulation");
    expect(await hung.locator('[data-testid=side-by-side] span[lang]').count()).toBe(0);
    await screenshot(hung, 'review-form-en');
    // back to Vietnamese (remembered in a cookie) for the steps below
    await hung.goto(`${dashboard}/kiem-tra/duyet/${CODE}?lang=vi`);
    expect(await row.innerText()).toContain('Xây dựng kế hoạch thực hiện QCDC hằng năm của cơ quan, đơn vị');
  });

  it('the leader finds it in the queue, beside the unit\'s previous inspection, and returns it with a reason', async () => {
    await hung.goto(`${dashboard}/kiem-tra/duyet`);
    await hung.click(`a:text("${CODE}")`);
    await hung.waitForURL(`${dashboard}/kiem-tra/duyet/${CODE}`);
    const row = await hung.textContent('[data-testid=side-by-side] tr[data-requirement=QCDC-02]');
    expect(row).toContain('Chưa đạt');
    expect(await hung.textContent('[data-testid=side-by-side] thead')).toContain('Chưa có lần kiểm tra trước đã duyệt');
    await hung.click('button:text("Trả lại")');
    expect(await hung.textContent('[data-field=reason]')).toBe('Vui lòng ghi lý do trả lại.');
    await hung.fill('textarea[name=reason]', 'Ghi rõ vì sao nội dung QCDC-02 chưa đạt');
    await hung.click('button:text("Trả lại")');
    await hung.waitForURL(/\/kiem-tra\/duyet\?done=/);
    expect(await hung.textContent('p.notice[role=status]')).toContain(`Đã trả lại ${CODE}`);
    expect(await figures2021(hung)).toEqual(before);
  });

  it('the inspector sees the reason, fixes it and resubmits; the leader approves; only then the figures move, by exactly that inspection', async () => {
    await thu.goto(`${dashboard}/kiem-tra/nhap`);
    expect(await thu.textContent('[data-testid=mine]')).toContain('Ghi rõ vì sao nội dung QCDC-02 chưa đạt');
    await thu.click(`[data-testid=mine] a:text("${CODE}")`);
    expect(await thu.textContent('[data-testid=return-reason]')).toContain('Ghi rõ vì sao nội dung QCDC-02 chưa đạt');
    await thu.fill('input[name="note:QCDC-02"]', 'Chưa ban hành kế hoạch năm 2021');
    await thu.click('button:text("Gửi duyệt")');
    await thu.waitForURL(`${dashboard}/kiem-tra/nhap?submitted=${CODE}`);
    expect(await figures2021(thu)).toEqual(before);

    // submitted, not approved: the leader may include it, and every figure that does says "tạm tính" (SPEC §6.3)
    await thu.goto(`${dashboard}/?from=2021&to=2021`);
    expect(await thu.$('[data-testid=provisional]')).toBeNull();
    await hung.goto(`${dashboard}/?from=2021&to=2021`);
    expect(await hung.$('[data-testid=inspections-per-year-provisional]')).toBeNull();
    await hung.check('[data-testid=provisional]');
    await hung.waitForURL(/provisional=1/);
    await hung.waitForSelector('[data-testid=inspections-per-year-provisional]');
    const kpi = async (label: string) => hung.locator('.kpi', { has: hung.locator('.label', { hasText: label }) }).locator('[data-testid=kpi-value]').innerText();
    expect(await hung.locator('.kpi .label', { hasText: 'Số cuộc kiểm tra (tạm tính)' }).count()).toBe(1);
    expect(await kpi('Số cuộc kiểm tra (tạm tính)')).toBe('1');
    expect(await kpi('Điểm tuân thủ (tạm tính)')).toBe('50%');
    expect(await hung.getByTestId('figure-coverage-per-year').locator('h2').innerText()).toMatch(/\(tạm tính\)$/);
    expect(await hung.getByTestId('figure-coverage-per-year').locator('.chart-box').getAttribute('aria-label')).toContain('(tạm tính)');
    // its download is the figure's own query, which includes the submitted record
    expect(decodeURIComponent((await hung.getByTestId('inspections-per-year-csv').getAttribute('href')) ?? '')).toContain('includeProvisional');
    // carried to the coverage page like the other filters
    await hung.click('nav a:text("Độ bao phủ kiểm tra")');
    await hung.waitForURL(/\/bao-phu\?.*provisional=1/);
    expect(await hung.getByTestId('figure-coverage-year').locator('h2').innerText()).toContain('(tạm tính)');
    await screenshot(hung, 'provisional-coverage');
    expect(await figures2021(hung)).toEqual(before);

    await hung.goto(`${dashboard}/kiem-tra/duyet/${CODE}`);
    expect(await hung.textContent('[data-testid=side-by-side] tr[data-requirement=QCDC-02]')).toContain('Chưa ban hành kế hoạch năm 2021');
    await hung.click('button:text("Duyệt")');
    await hung.waitForURL(/\/kiem-tra\/duyet\?done=/);
    // the queue is gone: asked at once (textContent would wait its 30 s default for an element that never comes)
    expect(await hung.locator('[data-testid=queue]').count()).toBe(0);

    expect(await figures2021(hung)).toEqual({ inspections: '1', unitsInspected: '1', compliance: '50%' });
    await screenshot(hung, 'record-approved-overview');
    expect(errors).toEqual([]);
  });
});

/**
 * A restructuring by the ADMIN (issue 10), after the approval above: Phường Thạch Thang (W20233,
 * inspected 15/11/2021) became Phường Hải Châu (N19469) on 01/07/2025. Merging N19469 and Phường
 * Hòa Cường (N19725) into a new ward on 01/01/2026: under CURRENT structure that inspection then
 * counts under the new ward — the preview says so before anything is written.
 */
describe('a restructuring from the form', () => {
  it('refuses bad input beside the field in Vietnamese, previews the CURRENT figures, confirms, and the unit history shows it', async () => {
    await an.goto(`${dashboard}/don-vi/to-chuc-lai`);
    expect(await an.textContent('h1')).toBe('Tổ chức lại đơn vị');
    await an.selectOption('select[name=kind]', 'MERGE');
    await an.fill('input[name=date]', '01/01/2020');
    await an.fill('input[name=fromUnits]', 'N19469, NOPE');
    await an.fill('input[name="t0.code"]', 'N_HC_HC');
    await an.fill('input[name="t0.name"]', 'Phường Hải Châu - Hòa Cường');
    await an.selectOption('select[name="t0.kind"]', 'WARD');
    await an.fill('input[name=decisionNumber]', 'Nghị quyết 99/NQ-HĐND');
    await an.fill('input[name=decisionDate]', '15/12/2025');
    await an.click('button:text("Xem trước")');
    // what the form itself checks first (the API is not asked)
    await an.waitForSelector('[data-field=decisionIssuer]');
    expect(await an.textContent('[data-field=decisionIssuer]')).toBe('Bắt buộc nhập.');
    expect(await an.inputValue('input[name=fromUnits]')).toBe('N19469, NOPE');
    await an.fill('input[name=decisionIssuer]', 'HĐND thành phố Đà Nẵng');
    await an.click('button:text("Xem trước")');
    await an.waitForFunction(() => document.querySelector('[data-field=fromUnits]')?.textContent?.includes('NOPE'));
    expect(await an.textContent('[data-field=fromUnits]')).toBe('Không có đơn vị mã "NOPE".');
    expect(await an.textContent('[data-field=date]')).toBe('Ngày hiệu lực 01/01/2020 phải sau ngày đơn vị N19469 bắt đầu (01/07/2025).');
    expect(await an.$('[data-testid=confirm]')).toBeNull();

    await an.fill('input[name=date]', '01/01/2026');
    await an.fill('input[name=fromUnits]', 'N19469, N19725');
    await an.click('button:text("Xem trước")');
    await an.waitForSelector('[data-testid=preview]');
    const rows = async (side: string) => (await an.locator(`[data-testid=preview-${side}] tbody tr`).allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    const before = await rows('before');
    expect(before).toContain('Phường Hải Châu (N19469) 1 1/1 (100%) 50%');
    expect(before).toContain('Phường Hòa Cường (N19725) 0 0/1 (0%) –');
    const after = await rows('after');
    expect(after[0]).toBe('Phường Hải Châu - Hòa Cường (N_HC_HC) 1 1/1 (100%) 50%');
    // the city: the same inspections (the founding record and this one), one unit fewer in scope (two wards counted as one)
    expect(before[2]).toBe('Toàn thành phố 2 2/116 (1,7%) 80%');
    expect(after[1]).toBe('Toàn thành phố 2 2/115 (1,7%) 80%');
    expect(after).toHaveLength(2);
    await screenshot(an, 'restructure-preview');
    await an.click('[data-testid=confirm]');
    await an.waitForURL(/\/don-vi\/to-chuc-lai\?done=/);
    expect(await an.textContent('[data-testid=restructured]')).toContain('Nghị quyết 99/NQ-HĐND ngày 15/12/2025');
    await an.click('[data-testid=restructured] a:text("N19469")');
    await an.waitForURL(`${dashboard}/don-vi/N19469`);
    expect(await an.getByTestId('change-history').innerText()).toContain('31/12/2025');
    expect(errors).toEqual([]);
  });
});

/**
 * Remediation (SPEC §6.1, §4): Lan, UNIT_OFFICER of Phường Thạch Thang (W20233), sees the two
 * recommendations of the approved inspection overdue today (due 31/03/2022 and 30/06/2022), and
 * reports the first RESOLVED on 15/03/2022. From then on the overdue list holds exactly the other
 * one; "as of" 14/03/2022 both are still open, as of 15/03/2022 only the other.
 */
describe('remediation by the unit officer', () => {
  const rows = async (page: Page, query: string) => {
    await page.goto(`${dashboard}/kiem-tra/kien-nghi?from=2021&to=2021${query}`);
    return page.$$eval('[data-testid=recommendation-table] tbody tr', (trs) => trs.map((tr) => tr.querySelector('td:nth-child(3)')?.textContent?.trim()));
  };
  const FIRST = 'Xây dựng kế hoạch thực hiện QCDC năm 2022';
  const SECOND = 'Niêm yết công khai kết quả kiểm tra';

  it('marks one done with a note, errors next to the field in Vietnamese; the history shows it; the overdue list changes by exactly that one', async () => {
    const lan = await signIn('lan', 'mật-khẩu-của-Lan');
    expect((await rows(lan, '&overdue=1')).sort()).toEqual([SECOND, FIRST].sort());

    await lan.click(`[data-testid="remedy-${CODE}-1"]`);
    await lan.waitForURL(`${dashboard}/kiem-tra/kien-nghi/${CODE}/1`);
    expect(await lan.textContent('h2#rec-h')).toBe(FIRST);
    await lan.selectOption('select[name=status]', 'RESOLVED');
    await lan.fill('input[name=date]', '01/11/2021'); // before the inspection (15/11/2021)
    await lan.fill('textarea[name=note]', '');
    await lan.click('button:text("Lưu cập nhật")');
    await lan.waitForSelector('[data-field=note]');
    expect(await lan.textContent('[data-field=note]')).toBe('Vui lòng nhập trường này.');
    await lan.fill('textarea[name=note]', 'Đã ban hành Kế hoạch số 12/KH-UBND ngày 15/03/2022');
    await lan.click('button:text("Lưu cập nhật")');
    await lan.waitForSelector('[data-field=date]');
    expect(await lan.textContent('[data-field=date]')).toBe('Ngày không được trước ngày kiểm tra (15/11/2021).');
    // what was typed is kept
    expect(await lan.inputValue('textarea[name=note]')).toBe('Đã ban hành Kế hoạch số 12/KH-UBND ngày 15/03/2022');
    await lan.fill('input[name=date]', '15/03/2022');
    await lan.click('button:text("Lưu cập nhật")');
    await lan.waitForURL(`${dashboard}/kiem-tra/kien-nghi/${CODE}/1?saved=1`);
    expect(await lan.textContent('p.notice[role=status]')).toContain('Đã lưu cập nhật khắc phục.');
    expect(await lan.textContent('[data-testid=current-status]')).toBe('Đã khắc phục (15/03/2022)');
    const history = await lan.$$eval('[data-testid=progress-history] li', (lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
    expect(history).toHaveLength(2);
    expect(history[0]).toContain('Chưa khắc phục');
    expect(history[1]).toMatch(/^15\/03\/2022 Đã khắc phục — Đã ban hành Kế hoạch số 12\/KH-UBND ngày 15\/03\/2022 \(lan, Biểu mẫu, /);
    // closed: the form is gone for her
    expect(await lan.$('[data-testid=closed]')).not.toBeNull();
    await screenshot(lan, 'remediation-history');

    expect(await rows(lan, '&overdue=1')).toEqual([SECOND]);
    // as of a date: closed from 15/03/2022 on, open before
    expect((await rows(lan, '&asOf=2022-03-14')).sort()).toEqual([SECOND, FIRST].sort());
    expect(await rows(lan, '&asOf=2022-03-15')).toEqual([SECOND]);

    // the unit page shows the history too
    await lan.goto(`${dashboard}/don-vi/W20233`);
    expect(await lan.textContent(`[data-testid="unit-history-${CODE}-1"]`)).toContain('Đã ban hành Kế hoạch số 12/KH-UBND ngày 15/03/2022');
    expect(await lan.textContent(`[data-testid="unit-history-${CODE}-2"]`)).not.toContain('Đã khắc phục');
    expect(errors).toEqual([]);
  });
});

describe('annual plan and models by the unit officer', () => {
  it('submits the year’s plan and a model, errors beside the field in Vietnamese with nothing written, and the unit lists them', async () => {
    const lan = await signIn('lan', 'mật-khẩu-của-Lan');
    await lan.goto(`${dashboard}/don-vi/W20233/bao-cao`);
    const plansBefore = await lan.$$eval('[data-testid=plans] li', (lis) => lis.length);
    await lan.fill('[data-testid=plan-form] input[name=year]', '2022');
    await lan.fill('[data-testid=plan-form] input[name=number]', '15/KH-UBND');
    await lan.fill('[data-testid=plan-form] input[name=issuedOn]', '31/02/2022'); // no such day
    await lan.click('[data-testid=plan-form] button[type=submit]');
    await lan.waitForSelector('[data-field="plan.issuedOn"]');
    expect(await lan.textContent('[data-field="plan.issuedOn"]')).toMatch(/ngày/i);
    expect(await lan.inputValue('[data-testid=plan-form] input[name=number]')).toBe('15/KH-UBND');
    expect(await lan.$$eval('[data-testid=plans] li', (lis) => lis.length)).toBe(plansBefore);

    await lan.fill('[data-testid=plan-form] input[name=issuedOn]', '10/01/2022');
    await lan.click('[data-testid=plan-form] button[type=submit]');
    await lan.waitForSelector('p.notice[role=status]');
    expect(await lan.textContent('p.notice[role=status]')).toContain('Đã nộp kế hoạch năm 2022.');
    expect(await lan.textContent('[data-testid=plans]')).toContain('2022: 15/KH-UBND, 10/01/2022');

    await lan.fill('[data-testid=model-form] input[name=year]', '2022');
    await lan.click('[data-testid=model-form] button[type=submit]'); // no name
    await lan.waitForSelector('[data-field="model.title"]');
    await lan.fill('[data-testid=model-form] input[name=title]', 'Dân vận khéo trong công khai ngân sách phường');
    await lan.click('[data-testid=model-form] button[type=submit]');
    await lan.waitForSelector('text=Đã nộp mô hình «Dân vận khéo trong công khai ngân sách phường».');
    expect(await lan.textContent('[data-testid=models]')).toContain('2022: Dân vận khéo trong công khai ngân sách phường');
    expect(errors).toEqual([]);
  });
});

/**
 * The same forms with JavaScript off (SvelteKit form actions, issue 10): signing in, the unit search,
 * field errors in Vietnamese with nothing written, then a saved draft — plain HTML posts only.
 */
describe('without JavaScript', () => {
  it('the inspector signs in, finds the unit, gets the errors beside the fields, and saves a draft', async () => {
    const page = await signIn('thu', 'mật-khẩu-của-Thu', { javaScript: false });
    await page.goto(`${dashboard}/kiem-tra/nhap`);
    const draftsBefore = await page.$$eval('[data-testid=mine] tbody tr', (trs) => trs.length);
    await page.fill('input[name=date]', '20/12/2021');
    await page.fill('input[name=q]', 'thach thang');
    await Promise.all([page.waitForURL(/q=thach/), page.click('form[method=GET] button[type=submit]')]);
    await page.check('input[name=unitCode][value=W20233]');
    await page.selectOption('select[name="result:QCDC-01"]', 'PARTIAL');
    await Promise.all([page.waitForLoadState('load'), page.click('button:text("Lưu nháp")')]);
    await page.waitForSelector('[data-field=team]');
    expect(await page.textContent('[data-field=team]')).toBe('Vui lòng nhập trường này.');
    expect(await page.textContent('[data-field=kind]')).toBe('Vui lòng chọn hình thức kiểm tra.');
    expect(await page.inputValue('input[name=date]')).toBe('20/12/2021');

    await page.fill('input[name=team]', 'Đoàn kiểm tra số 4');
    await page.selectOption('select[name=kind]', 'THEMATIC');
    await page.click('button:text("Lưu nháp")');
    await page.waitForURL(/\/kiem-tra\/nhap\/KT-2021-W20233-\d+\?saved=1/);
    expect(await page.textContent('p.notice[role=status]')).toContain('Đã lưu bản nháp (phiên bản 1)');
    // the refused save wrote nothing: exactly one more draft than before, the one just saved
    await page.goto(`${dashboard}/kiem-tra/nhap`);
    expect(await page.$$eval('[data-testid=mine] tbody tr', (trs) => trs.length)).toBe(draftsBefore + 1);
  });
});

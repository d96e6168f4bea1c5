import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetFormatError } from '../../../src/domain/core/parse-dataset';
import { NeedsColumnMapping, proposeMapping } from '../../../src/domain/importers/column-mapping';
import { importBlob } from '../../../src/domain/importers/import-blob';
import { excelSerialToDate, readFirstSheetRows, xlsxCellText } from '../../../src/domain/importers/xlsx-table';
import { buildXlsx, type XlsxCell } from '../../helpers/xlsx-builder';
import { ACLED_SHEET, MAPPING_SHEET } from '../../helpers/xlsx-fixtures';
import { english } from '../../helpers/english-problem';

const blobOf = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('Excel serial dates', () => {
  it('turns serials into calendar dates, dropping the time of day', () => {
    expect(excelSerialToDate(46057)).toBe('2026-02-04');
    expect(excelSerialToDate(46057.99)).toBe('2026-02-04');
    expect(excelSerialToDate(45658)).toBe('2025-01-01');
    expect(excelSerialToDate(60)).toBeNull(); // 29 Feb 1900, a day that never was, and too early to be a date column's value
  });

  it('reads plain numbers in a date column as dates, but not a year, and not numbers in other columns', () => {
    expect(xlsxCellText(46057, true)).toBe('2026-02-04');
    expect(xlsxCellText(2025, true)).toBe('2025');
    expect(xlsxCellText(46057, false)).toBe('46057');
    expect(xlsxCellText(48.6203, false)).toBe('48.6203');
    expect(xlsxCellText(true, false)).toBe('TRUE');
    expect(xlsxCellText(null, false)).toBe('');
  });
});

describe('XLSX import', () => {
  it('reads an ACLED workbook like the ACLED CSV: layout from the header, date cells as calendar dates', async () => {
    const result = await importBlob(blobOf(buildXlsx(ACLED_SHEET)), 'acled.xlsx');
    expect(result.format).toBe('acled-csv');
    expect(result.rejected).toEqual([]);
    const byId = new Map(result.dataset.events.map((event) => [event.id, event]));
    expect(byId.get('UKR1001')).toMatchObject({ date: '2026-02-04', category: 'strike', figures: { killed: { min: 7, max: 7 } } });
    expect(byId.get('UKR1001')?.attributes).toEqual({ sub_event_type: 'Shelling/artillery/missile attack', admin1: 'Donetsk' });
    // A serial number in the date column with no date format is still a date.
    expect(byId.get('UKR1002')?.date).toBe('2026-02-05');
    expect(byId.get('UKR1003')).toMatchObject({ date: '2026-02-08', category: 'battle' });
    expect(result.dataset.places.find((place) => place.name === 'Druzhkivka')).toMatchObject({ lat: 48.6203, lon: 37.5278 });
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('keeps every date on its day in the %s time zone', async (zone) => {
    process.env.TZ = zone;
    const result = await importBlob(blobOf(buildXlsx(ACLED_SHEET)), 'acled.xlsx');
    expect(result.dataset.events.map((event) => event.date).sort()).toEqual(['2026-02-04', '2026-02-05', '2026-02-08']);
  });

  it('asks for the columns of a sheet in no known layout, and loads it with the chosen ones', async () => {
    const blob = blobOf(buildXlsx(MAPPING_SHEET));
    const asked = await importBlob(blob, 'own.xlsx').catch((error: unknown) => error);
    expect(asked).toBeInstanceOf(NeedsColumnMapping);
    if (!(asked instanceof NeedsColumnMapping)) return;
    expect(asked.header).toEqual(['When', 'What happened', 'Lat', 'Lon']);
    expect(asked.rows[0]).toEqual(['2025-04-03', 'Shelling of Kherson', '46.6354', '32.6169']);
    const { mapping } = proposeMapping(asked.header, asked.rows);
    expect(mapping.columns).toMatchObject({ date: 0, title: 1, latitude: 2, longitude: 3 });
    const result = await importBlob(blob, 'own.xlsx', { mapping });
    expect(result.dataset.events.map((event) => [event.date, event.title])).toEqual([
      ['2025-04-03', 'Shelling of Kherson'],
      ['2025-04-05', 'Drone attack on Kyiv'],
    ]);
  });

  it('reads only the first sheet', async () => {
    const second: XlsxCell[][] = [['note'], ['not data']];
    const result = await importBlob(blobOf(buildXlsx(ACLED_SHEET, second)), 'two-sheets.xlsx');
    expect(result.dataset.events).toHaveLength(3);
  });

  it('refuses a ZIP that is not a workbook with a clear message', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const error = await importBlob(blobOf(zipSync({ 'readme.txt': strToU8('hello') })), 'archive.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetFormatError);
    expect(english((error as DatasetFormatError).problem)).toMatch(/^"archive\.xlsx" could not be read as an Excel workbook/);
  });

  it.each([0.3, 0.6, 0.9])('refuses a workbook cut off at %s of its bytes with a clear message, never a crash', async (share) => {
    const bytes = buildXlsx(ACLED_SHEET);
    const error = await importBlob(blobOf(bytes.slice(0, Math.floor(bytes.length * share))), 'cut.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetFormatError);
    expect(english((error as DatasetFormatError).problem)).toMatch(/^"cut\.xlsx" could not be read as an Excel workbook/);
  });

  it('has committed fixtures (opened by the browser journeys) that hold the sheets above', async () => {
    for (const [name, sheet] of [['acled-sample.xlsx', ACLED_SHEET], ['mapping-own.xlsx', MAPPING_SHEET]] as const) {
      const committed = await readFirstSheetRows(new Blob([readFileSync(resolve('tests/fixtures/imports', name))]), name);
      expect(committed).toEqual(await readFirstSheetRows(blobOf(buildXlsx(sheet)), name));
    }
  });
});

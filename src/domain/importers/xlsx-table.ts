/**
 * Excel workbooks (.xlsx) → rows of text for the CSV pipeline: the first sheet, every cell as
 * the text a CSV export would hold, dates as calendar dates (`YYYY-MM-DD`). Loaded with a
 * dynamic import only when an .xlsx is opened, so read-excel-file never weighs on the main bundle.
 */
import { readSheet, type CellValue, type SheetData } from 'read-excel-file/universal';
import { DatasetFormatError } from '../core/parse-dataset';
import { problem } from '../core/problem';

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system (which counts a 29 Feb 1900 that never was). */
const SERIAL_OF_UNIX_EPOCH = 25_569;
/**
 * Plain numbers in a date column are read as Excel serial dates only in this range (1927 to
 * 9999): a smaller number is more likely a year (`2025`) than a date in the 1900s.
 */
const MIN_SERIAL = 10_000;
const MAX_SERIAL = 2_958_465;
/** A header that names a date column (English, Ukrainian, Russian): `event_date`, `Start date`, `дата`. */
const DATE_HEADER = /date|дата/i;

/**
 * The calendar date of an Excel serial number in the 1900 date system; the time of day is
 * dropped, never rounded into the next day. Null outside 1927–9999.
 * @example excelSerialToDate(46057) // '2026-02-04'
 */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL) return null;
  return utcCalendarDate(new Date((Math.floor(serial) - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY));
}

/**
 * A date cell's calendar date. read-excel-file gives a Date at that day's UTC midnight (plus
 * the time of day), so the UTC parts are the day the sheet shows, in every time zone.
 */
function utcCalendarDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return `${String(year).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/**
 * One cell as CSV text: dates as `YYYY-MM-DD`, numbers as JavaScript writes them (a dot for
 * decimals), true/false as TRUE/FALSE, empty as "". In a date column a plain number in the
 * serial range is a date too (a sheet whose date cells lost their format).
 * @example xlsxCellText(46057, true) // '2026-02-04'
 */
export function xlsxCellText(cell: CellValue | null | undefined, dateColumn: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return utcCalendarDate(cell) ?? '';
  if (typeof cell === 'number') return (dateColumn ? excelSerialToDate(cell) : null) ?? String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/**
 * The rows of the workbook's first sheet as text, header first. Throws DatasetFormatError when
 * the file is not a readable workbook.
 */
export async function readFirstSheetRows(blob: Blob, fileName: string): Promise<string[][]> {
  let data: SheetData;
  try {
    data = await readSheet(await blob.arrayBuffer(), 1);
  } catch (error) {
    // The reader library's own words, quoted as the detail.
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetFormatError(problem('problem.file.notWorkbook', { fileName, detail }));
  }
  const header = (data[0] ?? []).map((cell) => xlsxCellText(cell, false));
  const dateColumns = header.map((name) => DATE_HEADER.test(name));
  return data.map((row, i) => (i === 0 ? header : row.map((cell, column) => xlsxCellText(cell, dateColumns[column] === true))));
}

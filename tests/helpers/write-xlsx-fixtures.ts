/** Writes the committed .xlsx fixtures from their sheets in xlsx-fixtures.ts. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildXlsx } from './xlsx-builder';
import { ACLED_SHEET, MAPPING_SHEET } from './xlsx-fixtures';

writeFileSync(resolve('tests/fixtures/imports/acled-sample.xlsx'), buildXlsx(ACLED_SHEET));
writeFileSync(resolve('tests/fixtures/imports/mapping-own.xlsx'), buildXlsx(MAPPING_SHEET));

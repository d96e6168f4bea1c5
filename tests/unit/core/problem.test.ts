import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../src/domain/core/i18n/translator';
import { DatasetFormatError } from '../../../src/domain/core/parse-dataset';
import { describeError, describeProblem, problem } from '../../../src/domain/core/problem';
import { importText } from '../../../src/domain/importers/import-text';
import { english } from '../../helpers/english-problem';

const uk = translatorFor('uk');
const ru = translatorFor('ru');

describe('problems as data', () => {
  it('survive the worker boundary (structured clone) and read the same on the other side', () => {
    let thrown: unknown;
    try {
      importText('', 'empty.csv');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatasetFormatError);
    const posted = structuredClone((thrown as DatasetFormatError).problem);
    expect(english(posted)).toBe('"empty.csv" is empty.');
    expect(describeError(new DatasetFormatError(posted), uk)).toBe('Файл «empty.csv» порожній.');
  });

  it('put a wrapped problem in its place in the sentence, in the same language', () => {
    const choices = problem('problem.file.badColumnChoices', { fileName: 'a.csv' }, problem('problem.mapping.noDate'));
    expect(english(choices)).toBe('The column choices for "a.csv" cannot be used: Choose the column that holds the date.');
    expect(describeProblem(choices, ru)).toBe('Выбранные столбцы для «a.csv» нельзя использовать: Выберите столбец с датой.');
  });

  it.each([
    [1, 'у рядку 1 клітинка', 'в строке 1 ячейка'],
    [3, 'у рядку 3 клітинки', 'в строке 3 ячейки'],
    [5, 'у рядку 5 клітинок', 'в строке 5 ячеек'],
    [21, 'у рядку 21 клітинка', 'в строке 21 ячейка'],
  ])('count cells with the Ukrainian and Russian plural forms (%i)', (cells, ukText, ruText) => {
    const short = problem('problem.row.missingCells', { cells, width: 1234 });
    expect(describeProblem(short, uk)).toMatch(new RegExp(`^${ukText}, а в заголовку — 1\\s234;`));
    expect(describeProblem(short, ru)).toMatch(new RegExp(`^${ruText}, а в заголовке — 1\\s234;`));
  });

  it('write numbers the language’s way and keep a coordinate’s decimals', () => {
    const outside = problem('problem.coordinates.outOfRange', { lat: 95.123456, lon: 30.5 });
    expect(english(outside)).toBe('coordinates 95.123456, 30.5 are out of range; event kept without a place');
    expect(describeProblem(outside, uk)).toBe('координати (широта 95,123456, довгота 30,5) поза допустимими межами; подію збережено без місця');
  });
});

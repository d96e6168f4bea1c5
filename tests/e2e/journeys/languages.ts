/**
 * The interface in Ukrainian and Russian: `?lang=` translates every landmark and the count
 * (with the language's plural forms), `<html lang>` follows, dates are written the local way,
 * the top bar's switch keeps the filters in the address, and axe finds nothing in either language.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAccessibilityViolations } from '../lib/axe';
import type { Journey } from '../lib/types';
import { params, waitForParams, waitUntil } from '../lib/wait';

interface Language {
  code: 'uk' | 'ru';
  landmarks: readonly string[];
  /** The filters' count line, e.g. "Показано 12 з 61 події". */
  status: RegExp;
  /** The plural noun after "of M" for a total M: genitive, singular after 1 and 21, plural otherwise. */
  ofNoun: (total: number) => string;
  /** A calendar date as the events list writes it. */
  date: RegExp;
  languageLabel: string;
  /** The language the journey switches to, and that language's name for the Filters landmark. */
  switchTo: { code: string; name: string; filters: string };
}

const rules = (code: string) => new Intl.PluralRules(code);

const LANGUAGES: readonly Language[] = [
  {
    code: 'uk',
    landmarks: ['Фільтри', 'Хронологія', 'Мапа', 'Графіки', 'Події', 'Подробиці події'],
    status: /Показано (\d+) з (\d+) (події|подій)/,
    ofNoun: (total) => (rules('uk').select(total) === 'one' ? 'події' : 'подій'),
    date: /^\d{1,2} [а-яіїєґ]+\. \d{4} р\.$/,
    languageLabel: 'Мова',
    switchTo: { code: 'ru', name: 'Русский', filters: 'Фильтры' },
  },
  {
    code: 'ru',
    landmarks: ['Фильтры', 'Хронология', 'Карта', 'Графики', 'События', 'Подробности события'],
    status: /Показано (\d+) из (\d+) (события|событий)/,
    ofNoun: (total) => (rules('ru').select(total) === 'one' ? 'события' : 'событий'),
    date: /^\d{1,2} [а-яё]+\.? \d{4} г\.$/,
    languageLabel: 'Язык',
    switchTo: { code: 'en', name: 'English', filters: 'Filters' },
  },
];

async function waitForLandmarks(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) await page.getByRole('region', { name, exact: true }).waitFor({ state: 'visible', timeout: 15_000 });
}

export const journeys: Journey[] = LANGUAGES.map((language) => ({
  name: `?lang=${language.code} shows the interface in that language, and the switch keeps the filters`,
  async run({ page, url, resultsDir }) {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url(`/?lang=${language.code}&categories=strike`));
    await waitForLandmarks(page, language.landmarks);
    assert.equal(await page.evaluate(() => document.documentElement.lang), language.code);

    const filters = page.getByRole('region', { name: language.landmarks[0], exact: true });
    const statusText = await filters.getByRole('status').innerText();
    const match = language.status.exec(statusText);
    assert.ok(match, `the count reads "${statusText}"`);
    const total = Number(match[2]);
    assert.equal(match[3], language.ofNoun(total), `the plural after ${total} in "${statusText}"`);
    assert.ok(Number(match[1]) < total, 'the category filter narrows the count');
    assert.equal(await page.getByRole('heading', { name: language.landmarks[0], exact: true }).count(), 1);

    // Dates in the events list are written the local way ("4 лют. 2026 р.", "4 февр. 2026 г.").
    const events = page.getByRole('region', { name: language.landmarks[4], exact: true });
    const firstDate = (await events.locator('.event-row-date').first().innerText()).trim();
    assert.match(firstDate, language.date);

    await page.waitForLoadState('networkidle');
    await expectNoAccessibilityViolations(page, { resultsDir, label: `language-${language.code}` });

    // The switch in the top bar: the language changes, the filters stay in the address.
    const banner = page.getByRole('banner');
    await banner.getByRole('combobox', { name: language.languageLabel }).selectOption({ label: language.switchTo.name });
    const after = await waitForParams(page, (p) => p.get('lang') === language.switchTo.code, `lang=${language.switchTo.code}`);
    assert.equal(after.get('categories'), 'strike');
    await page.getByRole('region', { name: language.switchTo.filters, exact: true }).waitFor({ state: 'visible' });
    await waitUntil(() => page.evaluate(() => document.documentElement.lang), (lang) => lang === language.switchTo.code, '<html lang> follows');
    assert.equal(params(page).get('categories'), 'strike');
  },
}));

import fs from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Sub-folders of a source folder, so that each new feature or domain concern is covered by the rules below. */
const foldersOf = (dir) =>
  fs
    .readdirSync(new URL(dir, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

const FEATURES = foldersOf('./src/features');
const DOMAIN = foldersOf('./src/domain');
/** Domain concerns that draw one view each: they share core and selection, never each other. */
const VIEW_DOMAINS = ['map', 'timeline', 'charts'];

/**
 * The layers of docs/architecture.md, enforced: imports flow one way,
 * domain → api/state → components → features → app, and workers use domain only.
 */
const LAYER_ZONES = [
  {
    target: './src/domain',
    from: ['./src/api', './src/state', './src/components', './src/features', './src/app', './src/workers'],
    message: 'domain/ is pure TypeScript: it never imports React layers, the API, state or views.',
  },
  {
    target: './src/workers',
    from: ['./src/state', './src/components', './src/features', './src/app'],
    message: 'Workers run domain code and the api readers only.',
  },
  { target: './src/api', from: ['./src/components', './src/features', './src/app'], message: 'api/ never imports views.' },
  { target: './src/state', from: ['./src/components', './src/features', './src/app'], message: 'state/ never imports views.' },
  { target: './src/components', from: ['./src/features', './src/app'], message: 'Shared components never import a feature or the app.' },
  { target: './src/features', from: ['./src/app'], message: 'Features never import the app shell.' },
  // A feature never imports another feature: views meet only through shared state.
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature; share through state/, components/ or domain/.',
  })),
  // The map, timeline and charts concerns of the domain never import each other.
  ...VIEW_DOMAINS.map((concern) => ({
    target: `./src/domain/${concern}`,
    from: VIEW_DOMAINS.filter((other) => other !== concern).map((other) => `./src/domain/${other}`),
    message: 'domain/map, domain/timeline and domain/charts never import each other.',
  })),
  // The core (dates, model, schema, parse, index) depends on no other concern.
  {
    target: './src/domain/core',
    from: DOMAIN.filter((concern) => concern !== 'core').map((concern) => `./src/domain/${concern}`),
    message: 'domain/core depends on no other domain concern.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'bench/results.json', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // The app does not use the React Compiler, so its memoisation warnings do not apply.
      'react-hooks/incompatible-library': 'off',
    },
  },
  // One-way imports between the app's layers, and no import cycles anywhere in the app.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      // Without a parser for .ts files the plugin cannot read the modules it follows, and
      // no-cycle would pass everything.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Domain code is pure: no React, no data fetching library, no map or chart library.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@tanstack/*', 'leaflet', 'recharts'] }],
    },
  },
);

// ESLint flat config. Template bindings are checked by lit-analyzer (`npm run lint` runs both), which
// understands Lit's types; ESLint covers the TypeScript and the web-component rules.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // test/consumer/ is a separate project checked against the packed package (test/node/consumer.test.mjs).
    ignores: ['dist/', 'coverage/', '.tmp/', 'bench/.tmp/', 'test/screenshots/', 'test/consumer/', 'custom-elements.json'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      globals: globals.browser,
      // tsconfig.test.json covers src, test and demo: one program for every linted .ts file.
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The type-aware rules that catch real bugs in async element code (a lazily loaded engine, an
      // `updateComplete` nobody awaits) without the noise of the full type-checked preset.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], wc.configs['flat/best-practice']],
    // The project's base elements; listing them lets the wc rules see their subclasses.
    settings: { wc: { elementBaseClasses: ['LitElement', 'MssElement', 'MssChartElement'] } },
    rules: {
      // LitElement implements every lifecycle callback, so guarding `super.connectedCallback()` only adds noise.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      // chai-a11y-axe makes every chai Assertion thenable, so each `expect()` would count as a floating
      // promise; and chai's property assertions (`.to.exist`) read as unused expressions.
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests define throwaway elements and assert on non-null shadow roots.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts and Node tests that drive Chromium pass functions to page.evaluate(), which run in the page.
    files: ['scripts/**/*.mjs', 'test/node/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['demo/**/*.js', 'demo/**/*.mjs'],
    languageOptions: { globals: globals.browser },
  },
);

/**
 * ESLint flat config: typescript-eslint (syntax-only, fast), Lit, web-component and Lit a11y
 * rules, plus the architecture's dependency rules:
 * - core/** is headless: no lit, no @lit/*, nothing from components/.
 * - sip.js is imported only by core/media/** and core/backends/sip/** (the rest sees interfaces,
 *   and the bundle keeps sip.js in a lazily loaded chunk).
 * Formatting is Prettier's job (npm run lint runs `prettier --check` after ESLint).
 */
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LIT = {
  group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'],
  message: 'core/ is headless: no Lit. Rendering belongs in components/.',
};
const COMPONENTS = {
  regex: '(^|/)components(/|$)',
  message: 'core/ must not depend on components/; components depend on core, not the reverse.',
};
const SIP_JS = {
  group: ['sip.js', 'sip.js/*'],
  message:
    'Only core/media/** and core/backends/sip/** import sip.js; elsewhere use the Backend and media interfaces.',
};

/** no-restricted-imports with these patterns (each block replaces the rule, so list them all). */
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      '.tmp/',
      'test-results/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.es2021 },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['warn', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },

  // Lit and web components: where elements and templates live.
  {
    files: ['components/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...litA11y.configs.recommended,
  },

  // Dependency rules.
  { files: ['core/**/*.ts'], rules: restrict(LIT, COMPONENTS, SIP_JS) },
  { files: ['core/media/**/*.ts', 'core/backends/sip/**/*.ts'], rules: restrict(LIT, COMPONENTS) },
  { files: ['components/**/*.ts', 'demo/**/*.ts', 'stories/**/*.ts'], rules: restrict(SIP_JS) },

  // Tests: chai's property assertions (`expect(x).to.be.true`) are expressions by design; the
  // SIP rig may drive sip.js directly as a far-end party.
  {
    files: ['test/**/*.ts', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },

  // Node-side files: configs and scripts.
  {
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**/*.{js,mjs,ts}', '.storybook/**/*.ts', 'test/rig/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);

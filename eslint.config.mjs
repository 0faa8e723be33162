// Shipped code must never turn page text (participant names are attacker-controlled) into
// markup or code. eslint-plugin-no-unsanitized (Mozilla) guards the DOM sinks; the core rules
// guard eval and its relatives; JSX may not use Preact's dangerouslySetInnerHTML.
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

// Import boundaries (docs/architecture.md). No code under utils/ imports the UI; the pure code
// (the guards and names, and the rule-set format: data in, data out) imports no browser API
// either, so it runs and is tested anywhere.
const NO_UI = { group: ['**/components', '**/components/**', '@/components/**', '~/components/**'], message: 'utils/ does not import the UI (components/).' };
const NO_BROWSER = [
  'wxt/browser',
  'wxt/utils/storage',
  '#imports',
  '@wxt-dev/browser',
  'webextension-polyfill',
  '@wxt-dev/webextension-polyfill',
].map((name) => ({ name, message: 'Pure code: no browser APIs. Pass what it needs in as data.' }));
const NO_PREACT = { group: ['preact', 'preact/**'], message: 'Pure code: no UI.' };
/** The files of utils/rules/ that are the extension's, not the format's: storage, policy, network, text. */
const RULES_WITH_BROWSER = [
  ...['host-permission', 'managed', 'store', 'subscription', 'error-text', 'preview'].map((name) => `utils/rules/${name}.ts`),
  // The one writer's storage, messages and background wiring (its transactions stay pure).
  ...['background', 'client', 'damage', 'local-store'].map((name) => `utils/rules/writer/${name}.ts`),
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/**', 'scripts/**', 'bench/**', 'docs/**'] },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      // So that no-implied-eval knows these are the browser's (string timers are eval too).
      globals: { window: 'readonly', self: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly' },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never markup.' },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Render text, never markup.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Render text, never markup.' },
      ],
    },
  },
  {
    files: ['utils/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_UI] }] },
  },
  {
    // Later than the rule above, so that these files get both lists (options are replaced, not merged).
    files: ['utils/checks/**/*.{ts,tsx}', 'utils/rules/**/*.{ts,tsx}'],
    ignores: RULES_WITH_BROWSER,
    rules: { 'no-restricted-imports': ['error', { paths: NO_BROWSER, patterns: [NO_UI, NO_PREACT] }] },
  },
);

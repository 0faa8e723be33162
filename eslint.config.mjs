// Shipped code must never turn page text (participant names are attacker-controlled) into
// markup or code. eslint-plugin-no-unsanitized (Mozilla) guards the DOM sinks; the core rules
// guard eval and its relatives; JSX may not use Preact's dangerouslySetInnerHTML.
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

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
);

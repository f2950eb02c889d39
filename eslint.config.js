// Lint rules: typescript-eslint's strict set, plus the project's security rules (no HTML from
// strings, no eval) everywhere, including tests and scripts.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-test/**',
      '.wxt/**',
      'node_modules/**',
      'public/**',
      'scripts/oneoff/**',
    ],
  },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page and dataset text reach the DOM as text only.' },
        { property: 'outerHTML', message: 'Page and dataset text reach the DOM as text only.' },
        {
          property: 'insertAdjacentHTML',
          message: 'Page and dataset text reach the DOM as text only.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML from strings.',
        },
      ],
    },
  },
);

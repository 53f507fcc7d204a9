import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': ['warn', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['server/**', 'e2e/**', 'bench/**', 'scripts/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    // The protocol module is shared by the browser and the server: it must
    // not reach into either side.
    files: ['src/protocol/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/actions/**',
            '**/api/**',
            '**/app/**',
            '**/features/**',
            '**/log',
            '**/room/**',
            '**/server/**',
            '**/socket/**',
            '**/ui/**',
            'node:*',
            'react',
            'react-dom',
          ],
        },
      ],
    },
  },
  prettier,
);

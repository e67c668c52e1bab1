// One linter for src, adapters and test. The import rule below keeps the core free of
// chat-platform SDKs: adapters depend on src/, never the reverse.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', '.kindred/**', 'coverage/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@slack/*'],
              message: 'src/ must not import a chat-platform SDK; put it in adapters/slack.',
            },
            {
              group: ['discord.js', 'discord.js/*'],
              message: 'src/ must not import discord.js; put it in adapters/discord.',
            },
            {
              group: ['**/adapters/**', '../adapters', '../../adapters'],
              message: 'src/ must not import adapters/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/matching/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@slack/*', 'discord.js', '**/adapters/**'], message: 'The core is platform-free.' },
            {
              group: ['pg', '@electric-sql/*', '**/store/**', 'node:fs', 'node:net', 'node:http'],
              message: 'src/matching and src/domain are pure: no I/O.',
            },
          ],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Import boundaries: which parts of src/ may import which (docs/architecture.md draws them).
// Every import of ours is relative, and a relative import that reaches another part of src/
// always passes through `../<part>/`, so a part is recognised by `<part>/` in the specifier.
// Type-only imports count too: a type import today is a value import tomorrow.
const PARTS = ['common', 'ttrpc', 'executor', 'shim', 'native', 'linuxvm', 'snapshotter', 'images', 'docker', 'cri', 'supervisor', 'cli'];
const part = (name) => ({ regex: `(^|/)${name}/`, message: `the ${name}/ part is out of bounds here (see docs/architecture.md)` });

/** Allowed parts of src/ for the files of each part (what is not listed is forbidden). */
const ALLOWED = {
  common: [],
  ttrpc: ['common'],
  executor: ['common'],
  native: ['common', 'executor'],
  linuxvm: ['common', 'ttrpc', 'executor'],
  snapshotter: ['common'],
  images: ['common'],
  shim: ['common', 'ttrpc', 'executor', 'native', 'linuxvm'],
  // The Docker endpoint talks to containerd over its gRPC API only: never shim, executor, native or linuxvm code.
  docker: ['common'],
  cri: ['common'],
  // The supervisor runs the others as processes; it reads their paths and status (shim daemon
  // locks, the vmd's control API, the guest image cache, the snapshotter's clone probe) and never
  // loads an executor.
  supervisor: ['common', 'ttrpc', 'shim', 'linuxvm', 'snapshotter'],
  cli: PARTS,
};

const boundaries = Object.entries(ALLOWED).map(([name, allowed]) => ({
  files: [`src/${name}/**/*.ts`],
  ignores: ['src/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...PARTS.filter((p) => p !== name && !allowed.includes(p)).map(part),
          // Test helpers live under test/ and must never be compiled into dist/.
          { regex: '(^|/)test/', message: 'src/ never imports test helpers' },
        ],
      },
    ],
  },
}));

// The guest agent runs inside the VM on Debian's Node 18 with only protobufjs beside it (see
// images/guest/debian.yml): it imports its own files, common/ (not the pino logger), ttrpc/
// and the small generated core protos, and no package but protobufjs.
const guest = {
  files: ['src/linuxvm/guest/**/*.ts'],
  ignores: ['src/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^\\.\\./(?!\\.\\./(common|ttrpc)/|\\.\\./generated/core-protos\\.js$)',
            message: 'guest code imports only common/, ttrpc/ and generated/core-protos.js',
          },
          { regex: '(^|/)common/log\\.js$', message: 'the guest has no pino: use ./log.js' },
          { regex: '^(?!node:|\\.|protobufjs)', message: 'the guest image carries no npm package but protobufjs' },
        ],
      },
    ],
  },
};

// Unit tests make their scratch directories under os.tmpdir(): the unit project gives each run a
// private TMPDIR and fails when anything is left in it (test/helpers/unit-tmp.ts), which a
// literal /tmp path would slip past.
const unitTmp = {
  files: ['src/**/*.test.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'CallExpression[callee.name=/^mkdtemp(Sync)?$/] > Literal[value=/^\\/tmp\\//]',
        message: 'make scratch directories under os.tmpdir(), not a literal /tmp path',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'src/generated/**', 'node_modules/**', 'images/**/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  ...boundaries,
  guest,
  unitTmp,
);

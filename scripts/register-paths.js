// Resolves the @fitscout/<lib> aliases for the compiled code in dist/ (node -r ./scripts/register-paths.js …).
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');

tsConfigPaths.register({
  baseUrl: path.resolve(__dirname, '..', 'dist'),
  paths: { '@fitscout/*': ['libs/*/src'] },
});

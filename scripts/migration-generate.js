#!/usr/bin/env node
// Usage: npm run migration:generate -- AddCampaigns
// Brings the development database up to date first, then writes migrations/<epochms>-<Name>.ts from the entities.
const { execFileSync } = require('node:child_process');

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
const run = (args) =>
  execFileSync('npm', ['run', '--silent', 'typeorm', '--', ...args], { stdio: 'inherit' });
execFileSync('npm', ['run', '--silent', 'cli', '--', 'db:migrate'], { stdio: 'inherit' });
run(['migration:generate', '--pretty', `migrations/${name}`]);
execFileSync('npx', ['prettier', '--write', 'migrations'], { stdio: 'inherit' });

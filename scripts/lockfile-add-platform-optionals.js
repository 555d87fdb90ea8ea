#!/usr/bin/env node
// Works around npm 11 writing package-lock.json without the optional packages of other platforms
// (npm/cli#4828, #9846): `npm ci` then refuses the lock as "Missing: … from lock file". This adds the
// missing entries (optional, with their os/cpu, so other platforms skip them as npm intends).
// Where the registry we can reach does not carry that exact version (a mirror of what installs here),
// the entry keeps the version npm asked for, without integrity, and takes os/cpu from the newest
// version that is there: npm skips it on every platform it does not match, so it is never fetched here.
// Run after every `npm install` that changes the lock: `node scripts/lockfile-add-platform-optionals.js`.
const { execFileSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
let added = 0;

function view(ref) {
  try {
    const out = execFileSync(
      'npm',
      ['view', ref, '--json', 'version', 'dist.integrity', 'os', 'cpu', 'libc', 'license'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const info = JSON.parse(out);
    return Array.isArray(info) ? info[info.length - 1] : info;
  } catch {
    return null;
  }
}

function locate(fromPath, name) {
  // Node resolution: nested node_modules first, then each ancestor, then the root.
  let dir = fromPath;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return null;
    const idx = dir.lastIndexOf('/node_modules/');
    dir = idx === -1 ? '' : dir.slice(0, idx);
  }
}

for (const [path, meta] of Object.entries({ ...packages })) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    if (locate(path, name)) continue;
    const v = view(`${name}@${spec}`) ?? { ...view(name), version: spec, 'dist.integrity': undefined };
    if (!v.os && !v.cpu) throw new Error(`${name}: no platform metadata; cannot add it safely`);
    const entry = { version: v.version };
    if (v['dist.integrity']) entry.integrity = v['dist.integrity'];
    if (v.cpu) entry.cpu = v.cpu;
    if (v.license) entry.license = v.license;
    entry.optional = true;
    if (v.os) entry.os = v.os;
    if (v.libc) entry.libc = v.libc;
    packages[`node_modules/${name}`] = entry;
    added++;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform package(s) to ${LOCK}`);

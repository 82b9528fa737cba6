// Electronegativity (Doyensec's checker of Electron misconfigurations) over the main process's TypeScript,
// offline. Fails on any finding of medium severity or higher, or of a check the config calls strict, that
// scripts/electronegativity.json does not accept with a written reason; on an accepted finding that no longer
// occurs; and on a file it cannot parse.
//
//   node scripts/electronegativity.mjs [--input <folder>] [--config <file>]
//
// Electronegativity 1.10 reaches the network in two places, both through `got`: its translations lookup at start
// (i18nSource in its package.json; no option turns it off, and offline it waits up to a second and prints "Could
// not retrieve updated translations…") and the Electron releases list of AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK.
// The check is disabled in the config (with its reason), the Electron version is passed in (as `-e` would) from
// node_modules/electron/package.json, and `got` itself is answered here, in this process, by a function that
// refuses at once: no request can leave, nothing waits for a network that is not there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    input: { type: 'string' },
    config: { type: 'string', default: path.join(repo, 'scripts', 'electronegativity.json') },
  },
});
const config = JSON.parse(readFileSync(args.config, 'utf8'));
const input = path.resolve(repo, args.input ?? config.input);

const requireHere = createRequire(import.meta.url);
const packageDir = path.dirname(requireHere.resolve('@doyensec/electronegativity/package.json'));
const requireTool = createRequire(path.join(packageDir, 'dist', 'runner.js'));

const offline = () => Promise.reject(new Error('electronegativity runs offline here'));
offline.head = offline;
const gotPath = requireTool.resolve('got');
requireTool.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
// Its messages in English whatever the machine's locale (it takes the locale from LANG).
process.env.LANG = 'en-US';

const electronVersion = JSON.parse(
  readFileSync(path.join(repo, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const runner = requireTool('./runner.js');
const run = runner.default ?? runner;

const disabled = config.disabledChecks ?? [];
const accepted = config.acceptedFindings ?? [];
const strict = new Set((config.strictChecks ?? []).map((entry) => entry.id));
const started = Date.now();
console.log(`electronegativity: ${path.relative(repo, input) || '.'}, Electron ${electronVersion}, offline`);
const result = await run(
  {
    input,
    customScan: [],
    excludeFromScan: disabled.map((entry) => entry.check),
    electronVersionOverride: electronVersion,
    parserPlugins: [],
    isRelative: true,
  },
  false,
);

const MEDIUM = 2; // electronegativity's severity values: informational 0, low 1, medium 2, high 3
const key = (finding) => `${finding.id} ${finding.file}`;
const acceptedKeys = new Map(accepted.map((entry) => [`${entry.id} ${entry.file}`, entry]));
const failures = [];
const seen = new Set();

for (const error of result.errors) {
  if (!error.tolerable) failures.push(`cannot parse ${error.file}: ${error.message}`);
}
for (const issue of result.issues) {
  const where = `${issue.id} ${issue.severity.name}/${issue.confidence.name} ${issue.file}:${issue.location.line}`;
  if (acceptedKeys.has(key(issue))) {
    seen.add(key(issue));
    console.log(`  accepted  ${where} (its reason: ${path.relative(repo, args.config)})`);
  } else if (issue.severity.value >= MEDIUM || strict.has(issue.id)) {
    failures.push(`${where}: ${issue.description}`);
  } else {
    console.log(`  note      ${where}`);
  }
}
for (const [entryKey] of acceptedKeys) {
  if (!seen.has(entryKey)) failures.push(`accepted but not found any more (remove it from the config): ${entryKey}`);
}
for (const entry of disabled)
  console.log(`  disabled  ${entry.check} (its reason: ${path.relative(repo, args.config)})`);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const checks = `${result.atomicChecks + result.globalChecks} checks`;
if (failures.length > 0) {
  for (const failure of failures) console.error(`  FINDING   ${failure}`);
  console.error(
    `electronegativity: ${failures.length} finding(s) to fix or accept with a reason (${checks}, ${seconds} s)`,
  );
  process.exit(1);
}
console.log(`electronegativity: no finding of medium severity or higher (${checks}, ${seconds} s)`);

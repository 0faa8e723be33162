#!/usr/bin/env node
// Roster benchmark: how long checking 500 participants against a 200-member roster takes.
//   node tests/bench/roster.mjs [--quick]
// Prints a table and writes bench/results/roster.json. Runs the extension's own code (the roster
// engine and the guards, loaded through Vite's module runner like scripts/generate-json-schema.mjs)
// in Node: WebCrypto is Node's here, not the browser's, so the figures are indicative.
//   first: the first check of all 500 names in a fresh process (the UTS #39 table unpacked, the
//          HMAC key imported): what a call page pays once when the roster engine arrives;
//   check: a new engine checks all 500 names (key imported, table ready): a new roster or salt;
//   guards: the guard pass over 500 participants with every name already checked, which is what
//           runs on each change in the call.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';

const quick = process.argv.includes('--quick');
const PARTICIPANTS = 500;
const MEMBERS = 200;
const runs = { check: quick ? 10 : 40, guards: quick ? 50 : 300 };

const root = fileURLToPath(new URL('../..', import.meta.url));
const load = async (path) => (await runnerImport(path, { root, configFile: false, logLevel: 'warn' })).module;
const { createRosterEngine } = await load('/utils/roster/engine/index.ts');
const { hashExact, hashMembers, newSalt } = await load('/utils/roster/engine/hmac.ts');
const { runGuards } = await load('/utils/checks/guards/index.ts');
const { rosterGuard } = await load('/utils/roster/engine/names-guard.ts');
const { duplicateNamesGuard } = await load('/utils/roster/engine/duplicates-guard.ts');
const { DEFAULT_RULE_SET } = await load('/utils/rules/default-rule-set.ts');

// Names: given names with a surname initial, in several scripts; deterministic.
const GIVEN = ['Anna', 'Lena', 'Sabine', 'Jörg', 'Ahmet', 'Maria', 'Klaus', 'Ida', 'Mehmet', 'Olga', 'Paul', 'Emma', 'Мария', 'Σοφία', '美咲', 'محمد', 'Zoë', 'Łukasz', 'Ngozi', 'Raj'];
const INITIAL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const nameOf = (i) => `${GIVEN[i % GIVEN.length]} ${INITIAL[Math.floor(i / GIVEN.length) % 26]}.${i >= 520 ? ` ${i}` : ''}`;
const members = Array.from({ length: MEMBERS }, (_, i) => nameOf(i));
// 500 in the call: the 200 members (every fifth in capitals), 50 look-alikes of members (Cyrillic а
// where the name has an "a"; the others show the member's name a second time), 250 strangers.
const shown = [
  ...members.map((name, i) => (i % 5 === 0 ? name.toUpperCase() : name)),
  ...members.slice(0, 50).map((name) => name.replace('a', '\u0430')),
  ...Array.from({ length: PARTICIPANTS }, (_, i) => nameOf(1000 + i)),
].slice(0, PARTICIPANTS);

const salt = newSalt();
const roster = { salt, members: await hashMembers(members, salt), exact: await hashExact(members, salt) };
const ruleSet = { ...DEFAULT_RULE_SET, id: 'bench', roster };

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (ms) => Math.round(ms * 1000) / 1000;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(sorted[0]), samples: sorted.length };
};
const time = async (fn) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

// A fresh module instance (its own runner), whose table is not unpacked yet: the first check's real cost.
const fresh = await load('/utils/roster/engine/index.ts?first');
const first = [await time(async () => fresh.createRosterEngine().check(shown, { ...roster }, []))];

await createRosterEngine().check(shown.slice(0, 1), { ...roster }, []); // this instance's table unpacked
const check = [];
let statuses = [];
for (let i = 0; i < runs.check; i++) check.push(await time(async () => (statuses = await createRosterEngine().check(shown, { ...roster }, []))));

const snapshot = {
  client: 'jitsi',
  phase: 'in-call',
  selfName: members[0],
  participants: shown.map((name, i) => ({ id: `p${i}`, name, isSelf: false, shownIn: ['tile'] })),
  recording: null,
  screenSharing: null,
  unreadable: null,
};
const memory = { roster: { statuses: new Map(shown.map((name, i) => [name, statuses[i]])), known: new Set() } };
const guards = [];
let findings = [];
for (let i = 0; i < runs.guards; i++) {
  guards.push(await time(() => (findings = runGuards(snapshot, ruleSet, { keptOwnNames: [] }, 0, memory, [rosterGuard, duplicateNamesGuard]))));
}
const count = (kind) => findings.filter((f) => f.kind === kind).length;

const results = {
  date: new Date().toISOString(),
  quick,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', node: process.version },
  participants: PARTICIPANTS,
  members: MEMBERS,
  first: stats(first),
  check: stats(check),
  guards: stats(guards),
  findings: { unknown: count('unknown-participant'), lookalike: count('lookalike-name'), duplicate: count('duplicate-name') },
};
const outDir = join(root, 'bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'roster.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(`\nRoster check: ${PARTICIPANTS} participants against a ${MEMBERS}-member roster (Node ${process.version})`);
console.log(`${''.padEnd(42)}${'median'.padStart(11)}${'p95'.padStart(11)}${'min'.padStart(11)}${'samples'.padStart(9)}`);
for (const [label, s] of [
  ['first check, all names (once per page)', results.first],
  ['all names, new roster', results.check],
  ['guard pass, names checked (per change)', results.guards],
]) {
  console.log(`${label.padEnd(42)}${`${s.medianMs} ms`.padStart(11)}${`${s.p95Ms} ms`.padStart(11)}${`${s.minMs} ms`.padStart(11)}${String(s.samples).padStart(9)}`);
}
console.log(`findings: ${results.findings.unknown} unknown, ${results.findings.lookalike} look-alike, ${results.findings.duplicate} duplicate`);
console.log('Written to bench/results/roster.json.');

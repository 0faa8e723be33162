#!/usr/bin/env node
// Participant names are attacker-controlled page text. Shipped code must never turn text
// into markup or code: this check fails the build on any HTML sink or eval.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['entrypoints', 'components', 'utils'];
const BANNED = [
  [/\.innerHTML\b/, 'innerHTML'],
  [/\.outerHTML\b/, 'outerHTML'],
  [/insertAdjacentHTML/, 'insertAdjacentHTML'],
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/document\.write(ln)?\s*\(/, 'document.write'],
  [/\beval\s*\(/, 'eval'],
  [/new\s+Function\s*\(/, 'new Function'],
  [/set(Timeout|Interval)\s*\(\s*['"`]/, 'string timer (eval)'],
  [/createContextualFragment/, 'createContextualFragment'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) yield path;
  }
}

let problems = 0;
for (const root of ROOTS) {
  for (const file of files(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [pattern, what] of BANNED) {
          if (pattern.test(line)) {
            problems++;
            console.error(`${file}:${i + 1}: ${what} is not allowed in shipped code (render text, never markup)`);
          }
        }
      });
  }
}
if (problems) process.exit(1);
console.log(`lint: no HTML sinks or eval in ${ROOTS.join(', ')}`);

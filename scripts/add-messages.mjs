#!/usr/bin/env node
// Adds UI strings to both locales at once: `node scripts/add-messages.mjs < new.json` where
// new.json is { "key": ["Deutsch", "English"], … }. `$1`… become declared placeholders.
// Read-modify-write in one go, so parallel edits of other keys are not lost.
import { readFileSync, writeFileSync } from 'node:fs';

const additions = JSON.parse(readFileSync(0, 'utf8'));
['de', 'en'].forEach((lang, index) => {
  const path = `public/_locales/${lang}/messages.json`;
  const messages = JSON.parse(readFileSync(path, 'utf8'));
  for (const [key, texts] of Object.entries(additions)) {
    const text = texts[index];
    const numbers = [...new Set([...text.matchAll(/\$(\d)/g)].map((m) => m[1]))];
    messages[key] = { message: text.replace(/\$(\d)/g, '$p$1$') };
    if (numbers.length) messages[key].placeholders = Object.fromEntries(numbers.map((n) => [`p${n}`, { content: `$${n}` }]));
  }
  writeFileSync(path, `${JSON.stringify(messages, null, 2)}\n`);
});
console.log(`added ${Object.keys(additions).length} messages to de and en`);

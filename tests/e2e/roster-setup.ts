import type { Worker } from '@playwright/test';
import { hashExact, hashMembers } from '../../utils/roster/engine/hmac';

export const SALT = 'FB-HU-U3fiUZGZ-qS6z0HWougltiKlfvGySHoO0ky1E';
/** The group's list. In the fixtures: "Lena" and "Klaus van den Berg" are in the call, you are "Sabine Wagner". */
export const MEMBERS = ['Lena', 'Klaus van den Berg', 'Anna', 'Sabine Wagner'];

/** A rule set with the roster, built with the documented hashing and stored as an import would store it. */
/** `members`: the list's names (MEMBERS unless given). */
export async function useRoster(serviceWorker: Worker, roster: { exact: boolean; expected?: number; members?: readonly string[] } = { exact: true }) {
  const members = roster.members ?? MEMBERS;
  const doc = {
    format: 'vertraulich.ruleset/1',
    id: 'gruppe-mitte',
    version: 1,
    title: 'Gruppe Mitte',
    reminders: { atJoin: false, everyMinutes: 0 },
    rules: [{ id: 'vertraulich', text: { de: 'Alles bleibt hier.', en: 'All stays here.' } }],
    roster: {
      salt: SALT,
      members: await hashMembers([...members], SALT),
      ...(roster.exact ? { exact: await hashExact([...members], SALT) } : {}),
      ...(roster.expected ? { expected: roster.expected } : {}),
    },
  };
  await serviceWorker.evaluate(
    (d) => chrome.storage.local.set({ ruleSets: { 'gruppe-mitte': { doc: d, acceptedAt: 0, source: 'file' } }, activeRuleSetId: 'gruppe-mitte' }),
    doc,
  );
}

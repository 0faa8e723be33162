// The one writer under concurrency: several "tabs" import, remove, follow and choose at once,
// over a store whose reads and writes interleave (each takes a few microtask turns, chosen by
// fast-check). Whatever the interleaving: every accepted rule set is kept (unless removed after),
// versions never go down, a pinned key never changes.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPublicKey, generateKeyPair, sign } from '../../../utils/rules/signing';
import type { RuleSetDocument } from '../../../utils/rules/types';
import type { Operation, OperationResult } from '../../../utils/rules/writer/operations';
import { readState, type RuleSetState } from '../../../utils/rules/writer/state';
import { createWriter, type StateStore } from '../../../utils/rules/writer/writer';
import { minimal } from './corpus';

const GROUPS = ['gruppe-mitte', 'gruppe-nord', '42'] as const;
type Group = (typeof GROUPS)[number];

let keys: { key: string; privateKey: CryptoKey }[] = [];
beforeAll(async () => {
  keys = await Promise.all(
    [0, 1].map(async () => {
      const pair = await generateKeyPair();
      return { key: await exportPublicKey(pair.publicKey), privateKey: pair.privateKey };
    }),
  );
});

/** A group's document: unsigned (signer null) or signed by one of two organiser keys. */
async function documentOf(group: Group, version: number, signer: 0 | 1 | null, meeting: boolean): Promise<RuleSetDocument> {
  const doc: RuleSetDocument = { ...minimal(), id: group, version, title: `${group} v${version}`, ...(meeting ? { meetings: ['https://meet.jit.si/Shared'] } : {}) };
  if (signer === null) return doc;
  return sign({ ...doc, organiser: { name: 'Leitung', key: keys[signer]!.key } }, keys[signer]!.privateKey);
}

/** storage.local in memory: every read and write takes `delays()` microtask turns, so they interleave. */
function memoryStore(delays: () => number, onWrite: (before: RuleSetState, after: RuleSetState) => void) {
  let data: Record<string, unknown> = {};
  const turns = async () => {
    for (let i = delays(); i > 0; i--) await Promise.resolve();
  };
  const store: StateStore = {
    async read() {
      await turns();
      return structuredClone(data);
    },
    async write(values) {
      await turns();
      const before = readState(data).state;
      data = { ...data, ...structuredClone(values) };
      onWrite(before, readState(data).state);
    },
  };
  return { store, current: () => readState(data) };
}

type Step =
  | { kind: 'accept'; group: Group; version: number; signer: 0 | 1 | null; meeting: boolean; takeOver: boolean }
  | { kind: 'remove'; group: Group }
  | { kind: 'follow-check'; group: Group; version: number; signer: 0 | 1 | null }
  | { kind: 'choose'; group: Group }
  | { kind: 'acknowledge'; group: Group; version: number };

const group = fc.constantFrom(...GROUPS);
const version = fc.integer({ min: 1, max: 6 });
const signer = fc.constantFrom<0 | 1 | null>(null, 0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('accept' as const), group, version, signer, meeting: fc.boolean(), takeOver: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), group }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('follow-check' as const), group, version, signer }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('choose' as const), group }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('acknowledge' as const), group, version }) },
);

const URL_ = (group: Group) => `https://rules.example.org/${group}.json`;

async function operationOf(s: Step): Promise<Operation> {
  switch (s.kind) {
    case 'accept': {
      const doc = await documentOf(s.group, s.version, s.signer, s.meeting);
      // Half the tabs follow the rule set, so the daily checks below have something to check.
      return { kind: 'accept', text: JSON.stringify(doc), source: 'file', follow: s.version % 2 ? URL_(s.group) : undefined, takeOver: s.takeOver ? [...GROUPS] : [] } as Operation;
    }
    case 'follow-check': {
      const doc = await documentOf(s.group, s.version, s.signer, false);
      return { kind: 'subscription', id: s.group, url: URL_(s.group), fetched: { text: JSON.stringify(doc), url: URL_(s.group) } };
    }
    case 'remove':
      return { kind: 'remove', id: s.group };
    case 'choose':
      return { kind: 'choose', id: s.group };
    case 'acknowledge':
      return { kind: 'acknowledge', id: s.group, version: s.version };
  }
}

describe('the one writer', () => {
  it('whatever the interleaving of several tabs, nothing accepted is lost, versions only go up, pins only tighten', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 4 }), fc.infiniteStream(fc.nat(4)), async (tabs, delayStream) => {
        const delays = delayStream[Symbol.iterator]();
        const highest = new Map<string, number>();
        const violations: string[] = [];
        const { store, current } = memoryStore(
          () => delays.next().value as number,
          (before, after) => {
            for (const [id, stored] of Object.entries(after.ruleSets)) {
              if (stored.doc.version < (highest.get(id) ?? 0)) violations.push(`${id} went down to v${stored.doc.version}`);
              highest.set(id, Math.max(highest.get(id) ?? 0, stored.doc.version));
            }
            for (const [id, key] of Object.entries(before.pinnedKeys)) {
              if (after.pinnedKeys[id] !== key) violations.push(`pin of ${id} changed`);
            }
            for (const [id, agreed] of Object.entries(before.acknowledged)) {
              if ((after.acknowledged[id] ?? 0) < agreed) violations.push(`agreement to ${id} went down`);
            }
          },
        );
        const writer = createWriter(store, () => 1);
        // The order the writer received the operations in (its queue order) with what each answered.
        const log: { step: Step; result: OperationResult }[] = [];
        // Every tab runs its steps one after another; the tabs run at the same time.
        await Promise.all(
          tabs.map(async (steps) => {
            for (const s of steps) {
              const op = await operationOf(s);
              const entry = { step: s, result: { ok: false } as OperationResult };
              log.push(entry);
              entry.result = await writer.run(op);
            }
          }),
        );
        expect(violations).toEqual([]);
        const { state, damaged } = current();
        expect(damaged).toEqual([]);
        log.forEach(({ step: s, result }, index) => {
          if (s.kind !== 'accept' || !result.ok) return;
          const removedLater = log.slice(index + 1).some((later) => later.step.kind === 'remove' && later.step.group === s.group);
          if (removedLater) return;
          expect(state.ruleSets[s.group], `${s.group} v${s.version} was accepted`).toBeDefined();
          expect(state.ruleSets[s.group]!.doc.version).toBeGreaterThanOrEqual(s.version);
        });
        // A pinned group keeps only documents signed by its pin.
        for (const [id, stored] of Object.entries(state.ruleSets)) {
          if (Object.hasOwn(state.pinnedKeys, id)) expect(stored.doc.organiser?.key).toBe(state.pinnedKeys[id]);
        }
        // At most one kept rule set answers for a meeting link.
        const claimants = Object.values(state.ruleSets).filter((s) => s.doc.meetings?.length && !s.yieldedMeetings?.length);
        expect(claimants.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });

  it('as a model: commands from several tabs, launched without waiting for each other, end with every accepted rule set kept', async () => {
    interface Model {
      /** Highest version accepted per group since it was last removed (the writer's queue order). */
      kept: Map<string, number>;
    }
    interface Real {
      writer: ReturnType<typeof createWriter>;
      current: () => ReturnType<typeof readState>;
      pending: Promise<unknown>[];
      log: { step: Step; result?: OperationResult }[];
    }
    class Launch implements fc.AsyncCommand<Model, Real> {
      constructor(readonly step: Step) {}
      check = () => true;
      async run(_model: Model, real: Real) {
        const entry: { step: Step; result?: OperationResult } = { step: this.step };
        real.log.push(entry);
        // Not awaited: the next command (another tab) starts while this one is still under way.
        real.pending.push(operationOf(this.step).then((op) => real.writer.run(op)).then((result) => (entry.result = result)));
      }
      toString = () => JSON.stringify(this.step);
    }
    class Settle implements fc.AsyncCommand<Model, Real> {
      check = () => true;
      async run(model: Model, real: Real) {
        await Promise.all(real.pending.splice(0));
        const { state } = real.current();
        // The writer's queue order is the order the operations were launched in.
        for (const { step: s, result } of real.log.splice(0)) {
          if (s.kind === 'remove') model.kept.delete(s.group);
          if (s.kind === 'accept' && result?.ok) model.kept.set(s.group, Math.max(model.kept.get(s.group) ?? 0, s.version));
        }
        for (const [id, version] of model.kept) {
          expect(state.ruleSets[id], `${id} was accepted and not removed`).toBeDefined();
          expect(state.ruleSets[id]!.doc.version).toBeGreaterThanOrEqual(version);
        }
      }
      toString = () => 'settle';
    }
    const commands = [step.map((s) => new Launch(s)), fc.constant(new Settle())];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), fc.infiniteStream(fc.nat(4)), async (cmds, delayStream) => {
        const delays = delayStream[Symbol.iterator]();
        const { store, current } = memoryStore(() => delays.next().value as number, () => undefined);
        const real: Real = { writer: createWriter(store, () => 1), current, pending: [], log: [] };
        await fc.asyncModelRun(() => ({ model: { kept: new Map() }, real }), [...cmds, new Settle()]);
      }),
      { numRuns: 60 },
    );
  });
});

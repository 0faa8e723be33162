// The one writer of the rule sets' storage. Every change is a transaction in one queue: it reads
// the latest stored state, applies one operation (apply.ts) and writes the keys that changed in
// one storage write, before the next begins. Nothing anywhere writes back a value it read earlier,
// so two tabs, a daily check and an import cannot undo each other whatever their order.
import { apply } from './apply';
import type { Operation, OperationResult } from './operations';
import { readState, STATE_KEYS, type RuleSetState, type RuleSetStateKey } from './state';

/** Where the state lives: storage.local in the extension (background), a map in tests. */
export interface StateStore {
  read(): Promise<Partial<Record<RuleSetStateKey, unknown>>>;
  /** Writes these keys together (one storage call: all or nothing). */
  write(values: Partial<RuleSetState>): Promise<void>;
}

export interface Writer {
  run(op: Operation): Promise<OperationResult>;
}

export function createWriter(store: StateStore, now: () => number = Date.now): Writer {
  let queue: Promise<unknown> = Promise.resolve();
  const transaction = async (op: Operation): Promise<OperationResult> => {
    const { state, damaged, invalid } = readState(await store.read());
    const { state: next, result } = await apply(state, op, now());
    const repair = op.kind === 'repair';
    const changed: Partial<Record<RuleSetStateKey, unknown>> = {};
    for (const key of STATE_KEYS) {
      if (repair && damaged.includes(key)) changed[key] = next[key]; // what validates, the rest dropped
      else if (JSON.stringify(next[key]) !== JSON.stringify(state[key])) {
        // Entries that did not validate stay as they were until the person chooses "Repair".
        changed[key] = invalid[key] ? { ...invalid[key], ...(next[key] as object) } : next[key];
      }
    }
    if (Object.keys(changed).length > 0) await store.write(changed as Partial<RuleSetState>);
    return result;
  };
  return {
    run(op) {
      const done = queue.then(() => transaction(op));
      // One failed transaction (storage refused a write) must not stop the ones after it.
      queue = done.catch(() => undefined);
      return done;
    },
  };
}

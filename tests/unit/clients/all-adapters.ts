import { CLIENTS } from '../../../utils/clients/registry';
import type { ClientAdapter } from '../../../utils/clients/types';

/**
 * For tests: the adapters of every client in the registry, each from `utils/clients/<id>/adapter.ts`
 * (`createAdapter`), found by folder so that adding a client stays one registry line. The shipped
 * call scripts import only their own client's adapter (modules/call-scripts.ts).
 * Factories, not adapters: an adapter may remember things during one call (the name typed before
 * joining), so every call page, and every test, gets adapters of its own.
 */
const factories = import.meta.glob<() => ClientAdapter>('../../../utils/clients/*/adapter.ts', { eager: true, import: 'createAdapter' });

export interface AdapterEntry {
  id: string;
  create: () => ClientAdapter;
}

// A missing adapter.ts fails the type-free lookup here only at run time, so registry.test.ts checks it.
export const ADAPTERS: readonly AdapterEntry[] = CLIENTS.map(({ id }) => ({ id, create: factories[`../../../utils/clients/${id}/adapter.ts`]! }));

/** Every registered client's adapter factory, in the registry's order (tests, and which pages a client claims). */
export const ALL_CLIENTS: readonly (() => ClientAdapter)[] = ADAPTERS.map((entry) => entry.create);

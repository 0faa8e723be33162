import { CLIENTS } from './registry';
import type { ClientAdapter } from './types';

/**
 * The adapters of the clients in the registry, each from `utils/clients/<id>/adapter.ts`
 * (`createAdapter`). Found by folder so that adding a client stays one registry line.
 * Factories, not adapters: an adapter may remember things during one call (the name typed before
 * joining), so every call page, and every test, gets adapters of its own.
 */
const factories = import.meta.glob<() => ClientAdapter>('./*/adapter.ts', { eager: true, import: 'createAdapter' });

export interface AdapterEntry {
  id: string;
  create: () => ClientAdapter;
}

// A missing adapter.ts fails the type-free lookup here only at run time, so registry.test.ts checks it.
export const ADAPTERS: readonly AdapterEntry[] = CLIENTS.map(({ id }) => ({ id, create: factories[`./${id}/adapter.ts`]! }));

/** Every registered client's adapter factory, in the registry's order (tests, and which pages a client claims). */
export const ALL_CLIENTS: readonly (() => ClientAdapter)[] = ADAPTERS.map((entry) => entry.create);

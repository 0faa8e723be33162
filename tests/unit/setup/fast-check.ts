// Every property test runs with the same seed, so a failure seen once is seen again on every
// machine. To explore other inputs, set FC_SEED (fast-check prints the seed and path of a failure;
// pass `{ seed, path }` to that one fc.assert to replay it).
import fc from 'fast-check';

export const FAST_CHECK_SEED = Number(process.env.FC_SEED ?? 0x5ec2e7);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FAST_CHECK_SEED });

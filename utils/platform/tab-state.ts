import { z } from 'zod/mini';

/**
 * What a call tab tells the background (badge) and the popup (status). Counts and kinds
 * only: participant names stay in the tab.
 */
export const TabStateSchema = z.object({
  client: z.nullable(z.string().check(z.maxLength(40))),
  clientLabel: z.nullable(z.string().check(z.maxLength(80))),
  phase: z.enum(['prejoin', 'in-call', 'unknown']),
  openFindings: z.number().check(z.int(), z.gte(0), z.lte(100000)),
  kinds: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
  unreadable: z.boolean(),
  quickCheckDone: z.boolean(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const TabStateMessageSchema = z.object({
  type: z.literal('tab-state'),
  state: TabStateSchema,
});
export type TabStateMessage = z.infer<typeof TabStateMessageSchema>;

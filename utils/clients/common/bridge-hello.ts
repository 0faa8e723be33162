/**
 * Posted by the isolated-world content script when it starts listening: MAIN-world bridges
 * answer by posting their latest state again, whichever of the two started first.
 */
export const BRIDGE_HELLO = 'vertraulich:hello';

/**
 * Match patterns of the hosted call clients, the only hosts in the manifest.
 * Self-hosted servers are asked for at run time, never listed here.
 */
export const JITSI_MATCHES = ['https://meet.jit.si/*', 'https://8x8.vc/*'];

export const HOSTED_CALL_MATCHES = [...JITSI_MATCHES];

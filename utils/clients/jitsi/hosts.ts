/** The hosted Jitsi Meet services. Self-hosted servers are recognised by their markup, never listed. */
export const JITSI_MATCHES = ['https://meet.jit.si/*', 'https://8x8.vc/*'];

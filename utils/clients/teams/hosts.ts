/** Teams for work and school, and the free Teams (teams.live.com) that replaced Skype. */
export const TEAMS_MATCHES = ['https://teams.microsoft.com/*', 'https://teams.live.com/*'];

import type { SelectorEvidence } from '../common/evidence';

/**
 * Everything the Jitsi adapter looks for in Jitsi Meet's page, each with the jitsi/jitsi-meet source
 * file it comes from (Jitsi's own tests use these ids). `evidence` says in which fixtures of
 * tests/fixtures/jitsi/ each selector was seen and how often.
 */
export const selectors = {
  /** react/features/conference/components/web/Conference.tsx: the conference page (also behind the pre-join screen). */
  conferencePage: '#videoconference_page',
  /** react/features/filmstrip/components/web/Filmstrip.tsx: the container of all thumbnails (not rendered on pre-join). */
  filmstrip: '#remoteVideos',
  /** react/features/filmstrip/components/web/Thumbnail.tsx: every thumbnail is a span.videocontainer. */
  tile: 'span.videocontainer',
  /** Thumbnail.tsx: the local thumbnail's id (`localVideoContainer`, `_<filmstripType>` outside the main filmstrip). */
  localTile: '#localVideoContainer',
  /** react/features/display-name/components/web/DisplayName.tsx, elementID from ThumbnailBottomIndicators.tsx. */
  localName: '#localDisplayName',
  /** DisplayName.tsx / ThumbnailBottomIndicators.tsx: `participant_${participantId}_name`. */
  remoteName: 'span[id^="participant_"][id$="_name"]',
  /**
   * react/features/base/ui/components/web/ListItem.tsx, id from participants-pane/components/web/ParticipantItem.tsx.
   * Only the participants pane (ParticipantsPane.tsx, #participants-pane) renders these rows.
   */
  paneRow: '[id^="participant-item-"]',
  /**
   * ListItem.tsx renders row > [div(icon), div(details) > div(name column) > textChildren]; ParticipantItem.tsx's
   * textChildren are div(nameContainer) > [div(name), <span>&nbsp;({youText})</span> for the local participant].
   * Its classes are generated (tss-react), so the name is found by position.
   */
  paneRowName: ':scope > div:nth-child(2) > div:first-child > div:first-child > div:first-child',
  paneRowYou: ':scope > div:nth-child(2) > div:first-child > div:first-child > span',
  /** react/features/participants-pane/components/web/LobbyParticipantItems.tsx: knocking participants' rows. */
  lobbyList: '#lobby-list',
  /** react/features/prejoin/components/web/Prejoin.tsx: data-testid 'prejoin.screen' (tests/pageobjects/PreJoinScreen.ts). */
  prejoinScreen: '[data-testid="prejoin.screen"]',
  /** Prejoin.tsx: the name field `premeeting-name-input` (tests/pageobjects/PreJoinScreen.ts). */
  prejoinName: '#premeeting-name-input',
  /**
   * react/features/lobby/components/web/LobbyScreen.tsx: waiting in the lobby yourself, PreMeetingScreen with
   * className 'lobby-screen' inside #videoconference_page (no 'prejoin.screen', no filmstrip).
   */
  lobbyScreen: '.premeeting-screen.lobby-screen',
  /** LobbyScreen.tsx _renderParticipantInfo: the name field, id 'lobby-name-field', testId 'lobby.nameField'. */
  lobbyName: '#lobby-name-field',
  /** index.html: Jitsi's app bundle, present before React renders anything. */
  appBundle: 'script[src*="libs/app.bundle.min.js"]',
} as const;

/* Parts of ids and texts the adapter takes apart (not selectors). */
/** Thumbnail.tsx: remote thumbnail ids are `participant_<endpointId>` (`_<filmstripType>` outside the main filmstrip). */
export const remoteTileIdPrefix = 'participant_';
export const remoteNameIdPrefix = 'participant_';
export const remoteNameIdSuffix = '_name';
/**
 * react/features/filmstrip/components/web/VirtualScreenshareParticipant.tsx: a screen share gets its own thumbnail
 * and name, id `<ownerId>-v<n>` (base/participants/functions.ts getVirtualScreenshareParticipantOwnerId splits at
 * '-'); endpoint ids have no '-'. Not a person.
 */
export const virtualScreenshareIdSeparator = '-';
/**
 * react/features/display-name/functions.ts appendSuffix: the local name is shown as "<name> (<suffix>)",
 * suffix interfaceConfig.DEFAULT_LOCAL_DISPLAY_NAME ('me' in interface_config.js), or the suffix alone.
 */
export const localNameSuffix = 'me';
export const paneRowIdPrefix = 'participant-item-';

export const evidence: SelectorEvidence<typeof selectors> = {
  conferencePage: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 1, 'lobby.html': 1, 'participants-pane.html': 1, 'prejoin.html': 1, 'redux-state.html': 1, 'tile-view.html': 1, 'unreadable.html': 1 } },
  filmstrip: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 1, 'participants-pane.html': 1, 'prejoin.html': 0, 'redux-state.html': 1, 'tile-view.html': 1, 'unreadable.html': 1 } },
  tile: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 2, 'participants-pane.html': 4, 'prejoin.html': 0, 'redux-state.html': 4, 'tile-view.html': 4, 'unreadable.html': 4 } },
  localTile: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 1, 'participants-pane.html': 1, 'prejoin.html': 0, 'redux-state.html': 1, 'tile-view.html': 1, 'unreadable.html': 1 } },
  localName: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 1, 'participants-pane.html': 1, 'prejoin.html': 0, 'redux-state.html': 0, 'tile-view.html': 1, 'unreadable.html': 0 } },
  remoteName: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 1, 'participants-pane.html': 3, 'prejoin.html': 0, 'redux-state.html': 0, 'tile-view.html': 3, 'unreadable.html': 0 } },
  paneRow: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 3, 'participants-pane.html': 4, 'prejoin.html': 0, 'redux-state.html': 0, 'tile-view.html': 0, 'unreadable.html': 0 } },
  paneRowName: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 3, 'participants-pane.html': 4, 'prejoin.html': 0, 'redux-state.html': 0, 'tile-view.html': 0, 'unreadable.html': 0 }, within: 'paneRow' },
  paneRowYou: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 1, 'participants-pane.html': 1, 'prejoin.html': 0, 'redux-state.html': 0, 'tile-view.html': 0, 'unreadable.html': 0 }, within: 'paneRow' },
  lobbyList: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 1, 'participants-pane.html': 0, 'prejoin.html': 0, 'redux-state.html': 0, 'tile-view.html': 0, 'unreadable.html': 0 } },
  prejoinScreen: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 0, 'participants-pane.html': 0, 'prejoin.html': 1, 'redux-state.html': 0, 'tile-view.html': 0, 'unreadable.html': 0 } },
  prejoinName: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 0, 'lobby.html': 0, 'participants-pane.html': 0, 'prejoin.html': 1, 'redux-state.html': 0, 'tile-view.html': 0, 'unreadable.html': 0 } },
  lobbyScreen: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 1, 'lobby.html': 0, 'participants-pane.html': 0, 'prejoin.html': 0, 'redux-state.html': 0, 'tile-view.html': 0, 'unreadable.html': 0 } },
  lobbyName: { counts: { 'app-shell.html': 0, 'lobby-screen.html': 1, 'lobby.html': 0, 'participants-pane.html': 0, 'prejoin.html': 0, 'redux-state.html': 0, 'tile-view.html': 0, 'unreadable.html': 0 } },
  appBundle: { counts: { 'app-shell.html': 1, 'lobby-screen.html': 0, 'lobby.html': 0, 'participants-pane.html': 0, 'prejoin.html': 0, 'redux-state.html': 0, 'tile-view.html': 0, 'unreadable.html': 0 } },
};

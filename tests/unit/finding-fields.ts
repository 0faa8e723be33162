import { isAboutPerson, type Finding } from '../../utils/checks/guards/types';

/** A finding's per-kind field as one short string, so expectations stay one readable line each. */
export function detailOf(finding: Finding): string | undefined {
  switch (finding.kind) {
    case 'own-full-name':
      return finding.phase;
    case 'phone-number':
      return finding.contact;
    case 'unknown-participant':
    case 'lookalike-name':
    case 'client-unreadable':
      return finding.reason;
    case 'duplicate-name':
      return finding.match;
    case 'more-than-expected':
      return `${finding.count}/${finding.expected}`;
    case 'recording':
      return finding.stopped ? (finding.mayResume ? 'stopped-or-paused' : 'stopped') : finding.paused ? 'paused' : undefined;
    case 'security-off':
      return finding.client;
    default:
      return undefined;
  }
}

export const nameOf = (finding: Finding): string | undefined => (isAboutPerson(finding) ? finding.name : undefined);
export const inLobby = (finding: Finding): boolean => isAboutPerson(finding) && finding.inLobby === true;

/**
 * Is a shown name safe in a self-help group call? Classifies untrusted page text into how much
 * it reveals about a person. Pure and small (no dependencies: the content script has a size
 * budget); never throws; looks at a bounded prefix only (see `visibleText`).
 */
import { containsEmail } from './email';
import { containsPhone } from './phone';
import { EMOJI, visibleText } from './text';
import {
  AFTER_NAME_HONORIFICS,
  DEFAULT_NAMES,
  DEVICE_MODELS,
  DEVICE_OWNER,
  DEVICES,
  PARTICLES,
  TITLES,
  cjkLooksLikeFullName,
  tokenKey,
  tokenKind,
  tokenize,
} from './tokens';

export type NameClass =
  | 'empty' // nothing left after trimming / only emoji / punctuation
  | 'default' // a client default that identifies nobody: "Fellow Jitster", "Guest 3", "iPhone"
  | 'first-name' // one given name: "Sabine", "Anne-Marie"
  | 'first-with-initial' // "Sabine W.", "Lena K", "Anne-Marie S."
  | 'full-name' // reveals a surname: "Sabine Wagner", "Frau Wagner", "S. Wagner", "王小明"
  | 'phone' // "+49 171 2345678", "Tel. 0171 1234567", "+49 171 XXX XX 78"
  | 'email'; // "sabine.wagner@example.org"

/** Least to most revealing: a couple's name is as revealing as its most revealing part. */
const REVEALING: readonly NameClass[] = [
  'empty',
  'default',
  'first-name',
  'first-with-initial',
  'full-name',
  'phone',
  'email',
];
const moreRevealing = (a: NameClass, b: NameClass) =>
  REVEALING.indexOf(b) > REVEALING.indexOf(a) ? b : a;

// Markup-looking tags ("<b>", "<img src=x onerror=…>") are never part of a name.
const MARKUP = /<\/?[a-z][^<>]*>/gi;
// Parenthetical and bracketed additions are pronouns, roles, groups: "Sabine (sie/ihr)",
// "Klaus [Moderator]", "Sabine (Gruppe Mitte)". An unclosed one runs to the end.
const BRACKETED = /[(\[{【〔][^)\]}】〕]*[)\]}】〕]?/gu;
const BRACKET = /[()\[\]{}【】〔〕]/gu;
// Couples and groups sharing a camera: "Sabine & Klaus", "Sabine und Klaus Wagner".
// Only multi-letter conjunctions: a single letter ("y", "i") is more often an initial, and
// reading "Lena Y Koch" as two first names would hide a full name.
const COUPLE = /\s*[&+/]\s*|\s+(?:und|and|et|ve)\s+/iu;
const LETTER = /\p{L}/u;

export function classifyName(raw: string): NameClass {
  const text = visibleText(raw);
  if (text === '') return 'empty';
  // Contact details first: they are the most revealing, wherever they are in the name.
  if (containsEmail(text)) return 'email';
  const withoutEmoji = text.replace(EMOJI, ' ');
  if (containsPhone(withoutEmoji)) return 'phone';

  const withoutMarkup = withoutEmoji.replace(MARKUP, ' ');
  let names = withoutMarkup.replace(BRACKETED, ' ');
  // "(Sabine Wagner)": when brackets hold the only letters, they hold the name.
  if (!LETTER.test(names)) names = withoutMarkup.replace(BRACKET, ' ');
  return names.split(COUPLE).map(classifyPerson).reduce(moreRevealing, 'empty');
}

export const isFullName = (raw: string) => classifyName(raw) === 'full-name';

export const isContactDetail = (raw: string) => {
  const c = classifyName(raw);
  return c === 'phone' || c === 'email';
};

/** One person's name, without contact details, emoji, brackets or couple separators. */
function classifyPerson(part: string): NameClass {
  const tokens = tokenize(part);
  if (tokens.length === 0) return 'empty';
  if (isDefaultName(tokens)) return 'default';

  const { rest, sawDevice } = withoutDevices(tokens);
  let sawTitle = false;
  const names = rest.filter((token) => {
    const key = tokenKey(token);
    if (TITLES.has(key)) sawTitle = true;
    return !TITLES.has(key) && !AFTER_NAME_HONORIFICS.has(key);
  });
  const units = surnameUnits(names);
  // Nothing but a device ("iPhone", "Galaxy S21") is the device's default name.
  if (units.length === 0) return sawDevice ? 'default' : 'empty';

  const words = units.filter((u) => u.kind === 'word');
  // "Dr. Wagner", "Frau Wagner", even "Dr. Sabine": a title is used with the surname.
  if (sawTitle && units.length === 1 && words.length === 1) return 'full-name';
  // "Sabine Wagner", "María José García López", "Мария Иванова", "محمد علي".
  if (words.length >= 2) return 'full-name';
  // "van Berg", "Ben Müller": a particle starts a surname.
  if (words.some((u) => u.afterParticle)) return 'full-name';
  if (words.length === 1) {
    // "S. Wagner", "J. R. R. Tolkien": initials before the word make it a surname.
    if (units[0]?.kind === 'initial') return 'full-name';
    // "Sabine W.", "Sabine de W.": only the surname's initial.
    if (units.length > 1) return 'first-with-initial';
    return cjkLooksLikeFullName(words[0]?.token ?? '') ? 'full-name' : 'first-name';
  }
  // Initials only ("S. W.", "Frau W."): a surname initial at most.
  return 'first-with-initial';
}

// "Guest 3", "Teilnehmer-12", "Fellow Jitster": compare without digits and punctuation.
function isDefaultName(tokens: string[]): boolean {
  const key = tokens
    .map((t) => tokenKey(t).replace(/[\p{Nd}.'-]/gu, ''))
    .filter((t) => t !== '')
    .join(' ');
  return DEFAULT_NAMES.has(key);
}

/** Drops device words, the model words after them and an owner particle ("iPhone von Sabine"). */
function withoutDevices(tokens: string[]): { rest: string[]; sawDevice: boolean } {
  const rest: string[] = [];
  let sawDevice = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = () => tokens[i + 1] ?? '';
    const isDevice =
      DEVICES.has(tokenKey(token)) && !(tokenKey(token) === 'handy' && /^\p{Nd}/u.test(next()));
    if (!isDevice) {
      rest.push(token);
      continue;
    }
    sawDevice = true;
    while (DEVICE_MODELS.has(tokenKey(next())) || /\p{Nd}/u.test(next())) i++;
    if (DEVICE_OWNER.has(tokenKey(next()))) i++;
  }
  return { rest, sawDevice };
}

interface Unit {
  token: string;
  kind: 'word' | 'initial';
  /** Came after a particle ("van den Berg"): a surname. */
  afterParticle: boolean;
}

/**
 * Name tokens grouped into units: particles are glued to what follows ("Klaus van den Berg"
 * is two units, the second a surname). A trailing particle is a plain word ("Ben", "Al");
 * tokens without a name in them ("12", "S21") are dropped.
 */
function surnameUnits(tokens: string[]): Unit[] {
  const kinds = tokens.map(tokenKind);
  const lastName = kinds.findLastIndex((k) => k !== 'other');
  const units: Unit[] = [];
  let afterParticle = false;
  tokens.forEach((token, i) => {
    const kind = kinds[i];
    if (PARTICLES.has(tokenKey(token)) && i < lastName) {
      afterParticle = true;
    } else if (kind === 'word' || kind === 'initial') {
      units.push({ token, kind, afterParticle });
      afterParticle = false;
    }
  });
  return units;
}

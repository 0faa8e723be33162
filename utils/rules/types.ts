/** The parts of a rule set the extension acts on. The full document schema lives in schema.ts. */
export type NamePolicy = 'any' | 'first-name';

export interface LocalisedText {
  de: string;
  en: string;
}

export interface Rule {
  id: string;
  text: LocalisedText;
}

export interface RuleSet {
  format: 'vertraulich.ruleset/1';
  id: string;
  version: number;
  title: string;
  rules: Rule[];
  names?: { policy: NamePolicy };
}

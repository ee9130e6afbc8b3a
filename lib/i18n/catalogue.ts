/** The CLDR plural categories, as Intl.PluralRules names them. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The phrases of an English part that are counted: `name` for its `name_one` and `name_other`. */
type Counted<P> = { [K in keyof P]: K extends `${infer Base}_other` ? Base : never }[keyof P] & string;

/** The keys of an English part that are not a plural form. */
type Plain<P> = Exclude<keyof P, `${Counted<P>}_${PluralCategory}`>;

/**
 * A part of the catalogue in another language, typed against the English
 * part it translates: every key English has (a missing or extra key is a
 * type error), and each counted phrase in the plural categories of that
 * language (`Forms`: German one and other; French and Spanish also many,
 * for a million and more), not English's.
 */
export type Translation<P, Forms extends PluralCategory> = { readonly [K in Plain<P>]: string } & {
  readonly [K in `${Counted<P>}_${Forms}`]: string;
};

/** The plural categories of the languages we translate into, as CLDR gives them (a test holds them to Intl.PluralRules). */
export type GermanForms = 'one' | 'other';
export type FrenchForms = 'one' | 'many' | 'other';
export type SpanishForms = 'one' | 'many' | 'other';

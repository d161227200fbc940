/**
 * A typed or pasted number as text, before validation: what the number field shows and what
 * validation starts from. Its own module because the phone bar's paste clean-up needs it at
 * once, while validation (core/model/validation.ts) loads with the command code.
 */

/** Characters people paste around phone numbers: spaces, dashes, dots, parentheses, NBSP. */
const NUMBER_DECORATION = /[\s\-.()\u00a0\u2010-\u2015\u3000]/g;

/** Full-width digits (０-９, ＋, ＊, ＃) typed with a Chinese IME become ASCII. */
export function toAsciiDigits(value: string): string {
  return value.replace(/[\uff10-\uff19\uff0b\uff0a\uff03]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Cleans a pasted or typed number: removes decoration, converts full-width digits, and keeps a
 * leading "00" (some PBXs need it). Does not validate.
 */
export function cleanNumber(raw: string): string {
  return toAsciiDigits(raw.trim()).replace(NUMBER_DECORATION, '');
}

// Euro amounts as people type them ("180.000,50", "180,000.50", "180000") and as the API takes
// them: a decimal string with at most two decimal places and no sign, exact (never a float).

type Locale = 'de' | 'en';

/** The amount typed as the API's decimal string, or null when it is no amount of euro. */
export function parseEuro(text: string, locale: Locale): string | null {
  const compact = text.replace(/[\s\u00a0\u202f'€]/g, '');
  if (compact === '' || !/^\d[\d.,]*$/.test(compact)) return null;
  const decimalMark = locale === 'de' ? ',' : '.';
  const groupMark = locale === 'de' ? '.' : ',';
  let whole = compact;
  let fraction = '';
  const lastDecimal = compact.lastIndexOf(decimalMark);
  if (lastDecimal >= 0) {
    whole = compact.slice(0, lastDecimal);
    fraction = compact.slice(lastDecimal + 1);
  } else {
    // "12.5" in German or "12,5" in English: the other mark before one or two digits at the end
    // is a decimal mark, not a thousands separator.
    const other = /^(.*)[.,](\d{1,2})$/.exec(compact);
    if (other && other[1] !== undefined && !/[.,]/.test(other[1])) {
      whole = other[1];
      fraction = other[2] ?? '';
    }
  }
  if (!/^\d{0,2}$/.test(fraction)) return null;
  if (whole.includes(groupMark) || whole.includes(decimalMark)) {
    const groups = whole.split(groupMark);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) {
      return null;
    }
    whole = groups.join('');
  }
  if (!/^\d+$/.test(whole)) return null;
  const normalWhole = whole.replace(/^0+(?=\d)/, '');
  if (normalWhole.length > 13) return null;
  const normalFraction = fraction.replace(/0+$/, '');
  return normalFraction === '' ? normalWhole : `${normalWhole}.${normalFraction}`;
}

/** An amount of the API as a form field shows it again: the language's decimal mark. */
export function euroInputValue(amount: string | null | undefined, locale: Locale): string {
  if (amount === null || amount === undefined) return '';
  return locale === 'de' ? amount.replace('.', ',') : amount;
}

/** An amount as text to read: "180.000,50 €" or "€180,000.50". */
export function formatEuro(amount: string, locale: Locale): string {
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const negative = amount.startsWith('-');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'de' ? '.' : ',');
  const cents = fraction === '' ? '' : `${locale === 'de' ? ',' : '.'}${fraction.padEnd(2, '0')}`;
  const number = `${negative ? '−' : ''}${grouped}${cents}`;
  return locale === 'de' ? `${number} €` : `€${number}`;
}

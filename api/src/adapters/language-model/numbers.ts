/**
 * The numbers a text states, so a rephrasing can be held to the same figures. A number is a run
 * of digits with the separators written between them ("1.200.000", "12,5", "1,200,000.50",
 * "12.03.2026"), its sign, and what it measures where the words say so: percent, euro, and a
 * scale ("Mio.", "million"). The digits are compared as written, so "1.200.000" and "1 200 000"
 * differ; the words around them may change ("40 %" and "40 Prozent" are the same number).
 */

const digitRun = /\d+(?:[.,\u00a0\u202f]\d+)*/g;
/** Digits of other scripts are numbers this check cannot read; their presence fails it. */
const foreignDigit = /(?![0-9])\p{Nd}/u;
const letterOrDigit = /[\p{L}\p{N}]/u;

const scales: [RegExp, string][] = [
  [/^(?:tsd\.?|tausend|thousand)(?![\p{L}])/iu, 'k'],
  [/^(?:mio\.?|millionen|million|millions)(?![\p{L}])/iu, 'M'],
  [/^(?:mrd\.?|milliarden|milliarde|billion|billions)(?![\p{L}])/iu, 'G'],
];
const percentAfter = /^(?:%|prozent(?![\p{L}])|per ?cent(?![\p{L}]))/iu;
const euroAfter = /^(?:€|eur(?:o|os)?(?![\p{L}]))/iu;
const euroBefore = /(?:€|\bEUR)\s?$/u;
const spaces = /^[\s\u00a0\u202f]*/u;

/** The numbers in `text`, each as `digits` with its sign, scale and unit (`-12,5 %`, `1,2 M €`). */
export function numbersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(digitRun)) {
    const start = match.index;
    const before = text.slice(Math.max(0, start - 6), start);
    let sign = '';
    const signChar = text[start - 1];
    if ((signChar === '-' || signChar === '\u2212' || signChar === '+') && start >= 1) {
      const beforeSign = text[start - 2];
      if (beforeSign === undefined || !letterOrDigit.test(beforeSign)) {
        sign = signChar === '+' ? '+' : '-';
      }
    }
    let rest = text.slice(start + match[0].length);
    rest = rest.replace(spaces, '');
    let scale = '';
    for (const [pattern, name] of scales) {
      const hit = pattern.exec(rest);
      if (hit) {
        scale = ` ${name}`;
        rest = rest.slice(hit[0].length).replace(spaces, '');
        break;
      }
    }
    let unit = '';
    if (percentAfter.test(rest)) unit = ' %';
    else if (euroAfter.test(rest) || euroBefore.test(before)) unit = ' €';
    found.add(`${sign}${match[0]}${scale}${unit}`);
  }
  return found;
}

/**
 * Whether `rephrased` states every number of `original` unchanged and no other, except numbers
 * in `alsoAllowed` (figures the original quotes from elsewhere).
 */
export function keepsNumbers(
  original: string,
  rephrased: string,
  alsoAllowed: readonly string[] = [],
): boolean {
  if (foreignDigit.test(rephrased)) return false;
  const before = numbersIn(original);
  const after = numbersIn(rephrased);
  const allowed = new Set([...before, ...alsoAllowed.flatMap((text) => [...numbersIn(text)])]);
  return (
    [...before].every((number) => after.has(number)) && [...after].every((n) => allowed.has(n))
  );
}

/**
 * The values a person may have meant by the numbers they typed, as canonical decimals: "12,5"
 * is 12.5, and "1.000" is 1000 in German and 1 in English, so both are kept.
 */
export function typedValues(text: string): Set<string> {
  const values = new Set<string>();
  for (const [digits] of text.matchAll(digitRun)) {
    const plain = digits.replace(/[\u00a0\u202f]/g, '');
    for (const [thousands, decimal] of [
      ['.', ','],
      [',', '.'],
    ] as const) {
      const [whole = '', fraction, ...more] = plain.split(decimal);
      const groups = whole.split(thousands);
      if (more.length > 0 || groups.slice(1).some((group) => group.length !== 3)) continue;
      if (fraction?.includes(thousands)) continue;
      const value = canonicalDecimal(
        groups.join('') + (fraction === undefined ? '' : `.${fraction}`),
      );
      if (value !== undefined) values.add(value);
    }
  }
  return values;
}

/** "040.50" → "40.5"; undefined for what is not one decimal number. */
export function canonicalDecimal(text: string): string | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const whole = match[2]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const sign = match[1] === '-' && (whole !== '0' || fraction !== '') ? '-' : '';
  return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

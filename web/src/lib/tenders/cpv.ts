// CPV codes (Common Procurement Vocabulary, Regulation (EC) No 2195/2002) as an officer types
// them: separated by commas, spaces or lines, the main one first, such as `72000000-5`.

export interface CpvReading {
  codes: string[];
  /** What was typed that is no code of the form `12345678-9`. */
  invalid: string[];
  duplicates: string[];
}

export function parseCpvCodes(text: string): CpvReading {
  const items = text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const codes: string[] = [];
  const invalid: string[] = [];
  const duplicates: string[] = [];
  for (const item of items) {
    if (!/^\d{8}-\d$/.test(item)) invalid.push(item);
    else if (codes.includes(item)) duplicates.push(item);
    else codes.push(item);
  }
  return { codes, invalid, duplicates };
}

/** The codes as the field shows them again. */
export function cpvInputValue(codes: readonly string[]): string {
  return codes.join(', ');
}

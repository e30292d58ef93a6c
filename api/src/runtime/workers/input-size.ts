/**
 * Whether a value would take more than `limit` bytes to send to a worker, estimated without
 * serialising it: typed arrays by their bytes, strings at two bytes a character, numbers at
 * eight. Stops walking as soon as the limit is passed, so a huge input costs little to refuse.
 */
export function exceedsBytes(value: unknown, limit: number): boolean {
  let total = 0;
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') total += 2 * item.length;
    else if (typeof item === 'number' || typeof item === 'bigint') total += 8;
    else if (typeof item === 'boolean' || item === null || item === undefined) total += 1;
    else if (ArrayBuffer.isView(item)) total += item.byteLength;
    else if (item instanceof ArrayBuffer) total += item.byteLength;
    else if (typeof item === 'object') {
      if (seen.has(item)) continue;
      seen.add(item);
      if (Array.isArray(item)) {
        total += 8;
        for (const element of item) stack.push(element);
      } else {
        for (const [key, element] of Object.entries(item)) {
          total += 2 * key.length;
          stack.push(element);
        }
      }
    }
    if (total > limit) return true;
  }
  return false;
}

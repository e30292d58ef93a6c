import { z } from 'zod';

/**
 * The admin socket speaks newline-delimited JSON: one request per line, answered by one response
 * line, in order. Text and one object per line keep it usable with `socat` in an emergency.
 */
export const AdminRequest = z.object({
  command: z.string().min(1),
  args: z.unknown().optional(),
});
export type AdminRequest = z.output<typeof AdminRequest>;

export const AdminResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string() }) }),
]);
export type AdminResponse = z.output<typeof AdminResponse>;

/** Lines longer than this are refused, so a stray client cannot make the server buffer without end. */
export const maxLineBytes = 1024 * 1024;

/** Splits a decoded text stream (`socket.setEncoding('utf8')`) into lines. */
export function lineReader(onLine: (line: string) => void, onOverflow: () => void) {
  let buffered = '';
  return (chunk: string) => {
    buffered += chunk;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) !== -1) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) onLine(line);
    }
    if (buffered.length > maxLineBytes) {
      buffered = '';
      onOverflow();
    }
  };
}

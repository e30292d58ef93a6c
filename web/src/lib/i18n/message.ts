import { m } from '#lib/paraglide/messages.js';

/** The name of a message in the catalogue (web/messages/<area>/<locale>.json). */
export type MessageKey = keyof typeof m;

/**
 * A message chosen on the server and translated where it is shown: form actions return these
 * rather than text, so the page renders them in its own language.
 */
export interface Message {
  key: MessageKey;
  values?: Record<string, string | number>;
}

/** The message's text in the current language. */
export function translate(message: Message): string {
  const render = m[message.key] as (inputs: Record<string, string | number>) => string;
  return render(message.values ?? {});
}

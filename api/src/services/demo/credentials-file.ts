import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { NewSignIn } from './demo-part.ts';

/** The file in the data directory with the demo users' sign-in credentials. */
export const credentialsFileName = 'demo-sign-in.txt';

export function credentialsFilePath(dataDir: string): string {
  return path.join(dataDir, credentialsFileName);
}

/** The file's path when it exists, else null (deleted by the operator, or never written). */
export async function existingCredentialsFile(dataDir: string): Promise<string | null> {
  const file = credentialsFilePath(dataDir);
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Adds the credentials of the people a load created to the file, readable by its owner only
 * (0600), and answers how to take that back should the load not commit. A load that finds no
 * demo data before it starts a new file (an old one belongs to data that is gone); a later load
 * that adds people appends them, as the earlier passwords exist nowhere else. The file is
 * replaced in one rename, so no reader ever sees half of it.
 */
export async function addToCredentialsFile(
  dataDir: string,
  signIns: readonly NewSignIn[],
  { loadedAt, startNew }: { loadedAt: Date; startNew: boolean },
): Promise<{ file: string; undo: () => Promise<void> }> {
  const file = credentialsFilePath(dataDir);
  // With PostgreSQL nothing else may have created the data directory yet.
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const previous = await readFile(file, 'utf8').catch(() => null);
  const base = startNew || previous === null ? fileHeader : previous;
  await replaceFile(file, `${base}\n${section(signIns, loadedAt)}`);
  return {
    file,
    undo: async () => {
      if (previous === null) await unlink(file).catch(() => undefined);
      else await replaceFile(file, previous);
    },
  };
}

async function replaceFile(file: string, text: string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  // Created with the final mode: the credentials are never readable by others, not even briefly.
  await writeFile(temporary, text, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
  try {
    // The umask may only narrow the mode; chmod makes it exactly owner read and write.
    await chmod(temporary, 0o600);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

const fileHeader = `Tenderwise – Anmeldedaten der Demo-Daten / Sign-in credentials of the demo data

Alle Personen und Organisationen hier sind fiktiv. Melden Sie sich mit E-Mail-Adresse und
Passwort an. Wer eine TOTP-Zeile hat, fügt die otpauth-Adresse (oder den Schlüssel) einer
Authenticator-App hinzu und gibt danach deren sechsstelligen Code ein. In der Demo ist die
Öffnungs-Passphrase der Personen, die Angebote öffnen, ihr Passwort (in einer echten
Installation sind beide verschieden). Diese Datei ist nur für ihren Eigentümer lesbar;
löschen Sie sie, wenn Sie die Demo nicht mehr brauchen.

All people and organisations here are fictional. Sign in with the e-mail address and the
password. Where there is a TOTP line, add the otpauth address (or the key) to an authenticator
app and then enter its six-digit code. In the demo, the opening passphrase of the people who
open bids is their password (in a real installation the two differ). Only the owner of this
file may read it; delete it when you no longer need the demo.
`;

function section(signIns: readonly NewSignIn[], loadedAt: Date): string {
  const lines = [`== Geladen am / Loaded on ${loadedAt.toISOString()} ==`];
  let organisation: NewSignIn['organisation'] | undefined;
  for (const { organisation: current, user, credentials } of signIns) {
    if (current !== organisation) {
      organisation = current;
      lines.push('', current.name, `  ${current.description.de}`, `  ${current.description.en}`);
    }
    lines.push(
      '',
      `  ${user.displayName} – ${user.function.de} / ${user.function.en} (${user.role})`,
      field('E-Mail / e-mail', user.email),
      field('Passwort / password', credentials.password),
    );
    if (credentials.totp !== null) {
      lines.push(
        field('TOTP', credentials.totp.keyUri),
        field('Schlüssel / key', credentials.totp.key),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function field(label: string, value: string): string {
  return `    ${`${label}:`.padEnd(21)} ${value}`;
}

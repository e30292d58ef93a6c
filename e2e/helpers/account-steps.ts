import { expect, type Page } from '@playwright/test';
import type { AccountTexts } from './account-texts.ts';
import { axeViolations } from './axe.ts';
import { nextTotpCode } from './totp.ts';

/** Asserts that axe finds no WCAG 2.1 AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page), `axe on ${new URL(page.url()).pathname}`).toEqual([]);
}

/**
 * Asserts the page is axe-clean in German and in English: checks it as it is and, at the same
 * time, the same address in the other language in a second tab of the same browser (same
 * session), which it closes again. The page itself stays as it was, so the test goes on without
 * reloading it. Only for pages a GET shows.
 */
export async function expectAccessibleInBothLanguages(page: Page): Promise<void> {
  const here = new URL(page.url());
  const other = new URL(here);
  other.pathname = here.pathname.startsWith('/en')
    ? here.pathname.slice(3) || '/'
    : `/en${here.pathname === '/' ? '' : here.pathname}`;
  const tab = await page.context().newPage();
  try {
    // Side by side: while axe works in one tab, the server renders the other language's page.
    await Promise.all([expectAccessible(page), expectAccessibleAt(tab, other.href)]);
  } finally {
    await tab.close();
  }
}

async function expectAccessibleAt(tab: Page, address: string): Promise<void> {
  await tab.goto(address);
  await expect(tab.locator('main h1')).toBeVisible();
  await expectAccessible(tab);
}

/** The invitation page in the given language, for the link an administrator handed over. */
export function invitationAddress(link: string, texts: AccountTexts): string {
  const url = new URL(link);
  return new URL(`${texts.prefix}${url.pathname}`, url).href;
}

/** Sets the first password on an open invitation page; the browser is then signed in. */
export async function acceptInvitation(
  page: Page,
  texts: AccountTexts,
  credentials: { email: string; password: string },
): Promise<void> {
  await page.getByLabel(texts.email).fill(credentials.email);
  await page.getByLabel(texts.newPassword, { exact: true }).fill(credentials.password);
  await page.getByLabel(texts.repeatPassword).fill(credentials.password);
  await page.getByRole('button', { name: texts.setPassword }).click();
}

export interface Enrolment {
  /** The base32 key, as the user's authenticator app would keep it. */
  key: string;
  /** The time step of the code used to confirm: codes up to it are used up (see nextTotpCode). */
  usedStep: number;
  recoveryCodes: string[];
}

/** Sets up TOTP on the set-up page, being the authenticator app; checks each screen with axe. */
export async function enrolTotp(page: Page, texts: AccountTexts): Promise<Enrolment> {
  await page.getByRole('button', { name: texts.createKey }).click();
  await expect(page.getByRole('img', { name: texts.qrCode })).toBeVisible();
  await expectAccessible(page);
  const key = (
    await page.getByRole('textbox', { name: texts.key, exact: true }).inputValue()
  ).replace(/\s/g, '');
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  const { code, step } = nextTotpCode(key);
  await page.getByLabel(texts.code).fill(code);
  await page.getByRole('button', { name: texts.finishSetup }).click();

  const codes = page.getByRole('list', { name: texts.recoveryCodes }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expectAccessible(page);
  const recoveryCodes = await codes.allInnerTexts();
  await page.getByRole('link', { name: texts.codesStored }).click();
  return { key, usedStep: step, recoveryCodes };
}

/** Signs in with e-mail address and password on the login page. */
export async function signInWithPassword(
  page: Page,
  texts: AccountTexts,
  credentials: { email: string; password: string },
): Promise<void> {
  await page.getByLabel(texts.email).fill(credentials.email);
  await page.getByLabel(texts.password, { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: texts.signIn, exact: true }).click();
}

/** Signs out with the button in the header and waits for the login page to say so. */
export async function signOut(page: Page, texts: AccountTexts): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: texts.signOut }).click();
  await expect(page.getByRole('status').filter({ hasText: texts.signedOut })).toBeVisible();
}

/**
 * What the account pages say in each language, as far as the tests find their way by it (the
 * contract with web/messages/*.json). Tests locate controls by these labels and roles only.
 */
export const accountTexts = {
  de: {
    prefix: '',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    newPassword: 'Neues Passwort',
    repeatPassword: 'Neues Passwort wiederholen',
    setPassword: 'Passwort festlegen',
    signIn: 'Anmelden',
    signOut: 'Abmelden',
    signedOut: 'Sie sind abgemeldet.',
    createKey: 'Schlüssel erzeugen',
    qrCode: 'QR-Code mit dem Schlüssel für Ihre Authentifizierungs-App',
    key: 'Schlüssel',
    code: 'Sechsstelliger Code',
    confirm: 'Bestätigen',
    finishSetup: 'Einrichtung abschließen',
    recoveryCodes: 'Ihre Wiederherstellungscodes',
    codesStored: 'Codes gesichert – weiter',
    useRecoveryCode: 'Telefon nicht zur Hand? Einen Wiederherstellungscode verwenden',
    recoveryCode: 'Wiederherstellungscode',
    accountHeading: 'Ihr Konto',
    thisSession: 'Diese Sitzung',
  },
  en: {
    prefix: '/en',
    email: 'E-mail address',
    password: 'Password',
    newPassword: 'New password',
    repeatPassword: 'Repeat the new password',
    setPassword: 'Set password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    createKey: 'Create a key',
    qrCode: 'QR code with the key for your authenticator app',
    key: 'Key',
    code: 'Six-digit code',
    confirm: 'Confirm',
    finishSetup: 'Finish the set-up',
    recoveryCodes: 'Your recovery codes',
    codesStored: 'Codes stored – continue',
    useRecoveryCode: 'Phone not at hand? Use a recovery code',
    recoveryCode: 'Recovery code',
    accountHeading: 'Your account',
    thisSession: 'This session',
  },
} as const;

export type Language = keyof typeof accountTexts;
export type AccountTexts = (typeof accountTexts)[Language];

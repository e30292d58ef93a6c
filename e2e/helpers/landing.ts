/** What the landing page says in each language (the contract with the web front end). */
export const landingPages = [
  {
    language: 'German',
    path: '/',
    lang: 'de',
    statusHeading: 'Systemstatus',
    operational: 'Betriebsbereit',
    switchTo: 'English',
    otherPath: '/en',
    otherLang: 'en',
  },
  {
    language: 'English',
    path: '/en',
    lang: 'en',
    statusHeading: 'System status',
    operational: 'Operational',
    switchTo: 'Deutsch',
    otherPath: '/',
    otherLang: 'de',
  },
] as const;

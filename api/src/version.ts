import packageJson from '../package.json' with { type: 'json' };

/** The version of this build, as released: api/package.json is the single source. */
export const appVersion: string = packageJson.version;

import { version as packageVersion } from '../../package.json';

/** The version of dechaff, from package.json (bundled at build time). */
export const VERSION: string = packageVersion;

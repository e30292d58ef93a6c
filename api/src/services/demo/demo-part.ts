import type {
  DemoBundle,
  DemoObjectCount,
  DemoOrganisation,
  DemoPartName,
  DemoUser,
} from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { ServiceContext } from '../context.ts';
import type { SignInCredentials } from './sign-ins.ts';

/**
 * One part of the demo: the objects of one feature (the accounts; later options reviews, the
 * vendor registry, tenders), loaded from its member of the demo bundle. Parts load in the order
 * of `parts/index.ts`, each after those it builds on, in the loader's one transaction.
 *
 * A part creates what is missing and leaves what is there as it is: the demo may have been
 * used and changed since, and a second load must change nothing. It finds its objects, and
 * those of earlier parts, by the keys of the demo files (`DemoStep.objects`).
 */
export interface DemoPart<Name extends DemoPartName = DemoPartName> {
  name: Name;
  /**
   * The people this part signs in, if it makes any: their credentials are prepared (passwords
   * hashed) before the transaction starts, so that it stays short.
   */
  signInsOf?(data: DemoBundle[Name]): readonly DemoUser[];
  /** Creates the part's missing objects; answers what it created and found, per kind. */
  load(step: DemoStep, data: DemoBundle[Name]): Promise<DemoObjectCount[]>;
}

/** What a part works with: the loader's transaction and what the load knows so far. */
export interface DemoStep {
  /** The loader's context, its database being the transaction. */
  ctx: ServiceContext & { db: Transaction<DB> };
  now: Date;
  objects: DemoObjects;
  signIns: DemoSignIns;
}

/** The demo objects made so far, by earlier loads and by earlier parts of this one. */
export interface DemoObjects {
  /** The id of the object made for the key, or undefined when there is none yet. */
  idOf(kind: string, key: string): string | undefined;
  /** Remembers a new object under its key, in the transaction. */
  remember(kind: string, key: string, objectId: string): Promise<void>;
}

/** Sign-in credentials of the people a load creates, for the credentials file. */
export interface DemoSignIns {
  /** The credentials for a person about to be created (prepared ahead, or made now). */
  credentialsFor(user: DemoUser): Promise<SignInCredentials>;
  /** Records a person created with them, for the file the operator reads. */
  created(signIn: NewSignIn): void;
  /** The password of a person created by this load (earlier parts included); else undefined. */
  passwordOf(userKey: string): string | undefined;
}

export interface NewSignIn {
  organisation: DemoOrganisation;
  user: DemoUser;
  credentials: SignInCredentials;
}

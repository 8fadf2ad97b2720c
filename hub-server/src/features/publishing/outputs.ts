import type { PublicOutput } from '../../contract/index.ts';

/**
 * Every output that leaves the hall, in one list: each publishing capability adds a provider that names its
 * outputs for the data of the moment (each notice page, each fair page, each feed and poster, each bulletin).
 * The test that proves nothing personal is published walks this list; a new channel that is not added here
 * is not covered by it, so a new channel adds itself.
 */
export class PublicOutputs {
  private readonly providers: Array<() => PublicOutput[]> = [];

  add(provider: () => PublicOutput[]): void {
    this.providers.push(provider);
  }

  all(): PublicOutput[] {
    return this.providers.flatMap((p) => p());
  }
}

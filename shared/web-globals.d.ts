/**
 * The few web-platform globals shared/ may use: both Node and Chromium provide them with the same WHATWG
 * semantics, so pure code can rely on them without taking the DOM or Node type libraries.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  readonly username: string;
  readonly password: string;
  readonly origin: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly searchParams: { get(name: string): string | null };
}

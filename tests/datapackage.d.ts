/** The part of the Frictionless reference library (npm `datapackage`, untyped) the tests use. */
declare module 'datapackage' {
  interface Resource {
    name: string;
    valid: boolean;
    errors: Error[];
    tabular: boolean;
    headers: string[] | null;
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
}

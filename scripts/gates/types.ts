export interface GateResult {
  gate: string;
  ok: boolean;
  /** What the gate looked at, e.g. "42 trang, 1.204 liên kết" — a gate that saw nothing must say so. */
  checked: string;
  failures: string[];
  ms?: number;
}

export interface GateContext {
  dist: string;
  /** Base path the site was built for: `/` or `/portal/`. */
  base: string;
  /**
   * Where gates may keep what they found on each page, by its bytes, for the next run
   * (`.cache/gates/` in a project; the deploy workflow keeps it beside the build cache). None: every
   * page is judged.
   */
  cacheDir?: string;
}

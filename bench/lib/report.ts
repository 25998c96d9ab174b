/** What one section of the suite hands back to `run.ts`. */
export interface Section {
  title: string;
  /** Markdown body (tables and notes), without the heading. */
  body: string;
  targets: Target[];
  /** Short lines for the console summary. */
  summary: string[];
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  /** true met, false missed, null not measurable. */
  met: boolean | null;
}

export function verdict(t: Target): string {
  return t.met === null ? 'not measurable yet' : t.met ? '**met**' : '**missed**';
}

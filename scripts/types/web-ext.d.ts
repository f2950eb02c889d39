// web-ext ships no types; this declares the one call scripts/lint-firefox.ts makes.
declare module 'web-ext' {
  interface LintParams {
    sourceDir: string;
    output: 'json' | 'text' | 'none';
    selfHosted: boolean;
    warningsAsErrors: boolean;
  }
  const webExt: {
    cmd: {
      lint(params: LintParams, options: { shouldExitProgram: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}

// The package's index.d.ts re-exports './browser/commands.mjs', whose types TypeScript looks for in a
// .d.mts file the package does not ship; its commands.d.ts says this.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}

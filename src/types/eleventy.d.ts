// @11ty/eleventy ships no type declarations; this declares the part of its programmatic API the build uses.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (eleventyConfig: {
      addGlobalData(name: string, value: unknown): void;
      addFilter(name: string, filter: (value: string) => string): void;
    }) => void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}

declare module '@11ty/eleventy-dev-server' {
  interface DevServer {
    serve(port: number): void;
    reload(event?: { files?: string[]; build?: object }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options?: { liveReload?: boolean; domDiff?: boolean; showVersion?: boolean }): DevServer;
  };
  export default EleventyDevServer;
}

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


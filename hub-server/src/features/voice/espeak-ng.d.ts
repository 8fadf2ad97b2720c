/** The npm package espeak-ng 1.0.2 ships no types: an Emscripten build of the espeak-ng command line. */
declare module 'espeak-ng' {
  export interface ESpeakNgModule {
    FS: {
      readFile(path: string, opts: { encoding: 'utf8' }): string;
      readFile(path: string): Uint8Array;
    };
  }
  export interface ESpeakNgOptions {
    /** argv of the espeak-ng command; main() runs once per instance. */
    arguments: string[];
    print?: (line: string) => void;
    printErr?: (line: string) => void;
    /** Emscripten hook: instantiate from an already compiled module instead of fetching the .wasm again. */
    instantiateWasm?: (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) => object;
  }
  export default function ESpeakNg(options: ESpeakNgOptions): Promise<ESpeakNgModule>;
}

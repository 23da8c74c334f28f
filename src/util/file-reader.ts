// The port through which the core reads files: a local checkout, git objects at the base SHA, or the contents API.
export interface FileReader {
  /** Text of a file, or undefined when it does not exist. Paths are relative to the repository root. */
  readText(path: string): Promise<string | undefined>;
  /** The file as a byte stream, for large logs; undefined when it does not exist. */
  openStream(path: string): AsyncIterable<Uint8Array> | undefined;
}

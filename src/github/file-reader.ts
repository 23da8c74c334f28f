// The pipeline's file access port, re-exported so src/github depends on one name.
export interface FileReader {
  readText(path: string): Promise<string | undefined>;
  openStream(path: string): AsyncIterable<Uint8Array> | undefined;
}

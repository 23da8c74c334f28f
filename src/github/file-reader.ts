// The pipeline's file access port, re-exported so src/github depends on one name.
export type { FileReader } from '../pipeline.js';

import { writeSync } from 'node:fs';

/**
 * Writes to a standard stream's file descriptor directly. `process.stdout` is created on first use, and creating it
 * (a socket for a pipe, a stream for a file) costs more at start-up than the whole `estimate` it prints. A
 * non-blocking pipe that is full (EAGAIN) gets the rest through the stream, which waits; a reader that went away
 * (EPIPE, as in `ml-carbon … | head`) ends the output quietly.
 */
export function descriptorWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  return (text) => {
    if (closed || text === '') return;
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') stream().write(bytes.subarray(offset));
      else if (code === 'EPIPE') closed = true;
      else throw error;
    }
  };
}

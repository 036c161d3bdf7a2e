package dev.framewatch.ingest.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an input stream line by line as bytes ({@code \n} or {@code \r\n} ends a line). Decoding each line on its own, rather
 * than through a Reader that decodes ahead in large blocks, is what lets a line with invalid UTF-8 be rejected under its own
 * line number while the rest of the file is imported.
 */
final class ByteLines implements AutoCloseable {
  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its terminator, or null at the end of input. The array is reused; read only {@link #length()}. */
  byte[] next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? trimCr() : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      append(start, pos - start);
      if (pos < limit) {
        pos++; // the '\n'
        return trimCr();
      }
    }
  }

  int length() {
    return length;
  }

  private byte[] trimCr() {
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return line;
  }

  private void append(int from, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

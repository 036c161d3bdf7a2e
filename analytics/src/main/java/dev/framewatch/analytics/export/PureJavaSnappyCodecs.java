package dev.framewatch.analytics.export;

import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet page compression with aircompressor's pure-Java Snappy (raw block format, which is what Parquet's SNAPPY means).
 * parquet-hadoop's own {@code CodecFactory} cannot be used without Hadoop: loading it needs Hadoop's zlib classes. This keeps
 * the writer free of Hadoop and of native libraries (snappy-java, zstd-jni), so it runs the same on every platform.
 */
final class PureJavaSnappyCodecs implements CompressionCodecFactory {
  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    if (codec != CompressionCodecName.SNAPPY) {
      throw new IllegalArgumentException("only SNAPPY pages are written, not " + codec);
    }
    SnappyCompressor snappy = new SnappyCompressor();
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        byte[] in = bytes.toByteArray();
        byte[] out = new byte[snappy.maxCompressedLength(in.length)];
        int n = snappy.compress(in, 0, in.length, out, 0, out.length);
        return BytesInput.from(out, 0, n);
      }

      @Override
      public CompressionCodecName getCodecName() {
        return CompressionCodecName.SNAPPY;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    if (codec != CompressionCodecName.SNAPPY) {
      throw new IllegalArgumentException("only SNAPPY pages are read, not " + codec);
    }
    SnappyDecompressor snappy = new SnappyDecompressor();
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
        byte[] in = bytes.toByteArray();
        byte[] out = new byte[uncompressedSize];
        snappy.decompress(in, 0, in.length, out, 0, out.length);
        return BytesInput.from(out);
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) {
        ByteBuffer in = input.duplicate();
        in.limit(in.position() + compressedSize);
        snappy.decompress(in, output);
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}
}

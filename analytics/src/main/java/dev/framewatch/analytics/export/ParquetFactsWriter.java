package dev.framewatch.analytics.export;

import dev.framewatch.index.export.FactColumn;
import dev.framewatch.index.export.FactRow;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Document rows as a Parquet file with typed columns: text as {@code BINARY (STRING)}, year and month as {@code INT32}, counts
 * as {@code INT64}, each method's frameworks as a standard three-level {@code LIST} of strings, so pandas (pyarrow), polars,
 * DuckDB and R's arrow read lists as lists and numbers as numbers.
 *
 * <p>Written with parquet-mr's own writer through {@link LocalOutputFile} and {@link PlainParquetConfiguration}: no Hadoop on
 * the class path (parquet-hadoop declares Hadoop {@code provided}). Snappy compressed, the format's common default which every
 * reader decodes, by {@link PureJavaSnappyCodecs} (no native library).
 */
final class ParquetFactsWriter implements FactsWriter {
  private final List<FactColumn> columns;
  private final SimpleGroupFactory groups;
  private final ParquetWriter<Group> writer;

  ParquetFactsWriter(List<FactColumn> columns, Path file) throws IOException {
    this.columns = columns;
    MessageType schema = schema(columns);
    this.groups = new SimpleGroupFactory(schema);
    this.writer = hadoopFreeBuilder(new LocalOutputFile(file))
        .withType(schema)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCodecFactory(new PureJavaSnappyCodecs())
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .build();
  }

  /**
   * {@code ExampleParquetWriter.builder(OutputFile).withConf(new PlainParquetConfiguration())}, called through method handles:
   * both methods have a same-arity overload taking a Hadoop type ({@code fs.Path}, {@code conf.Configuration}), and javac needs
   * those classes on the class path to rule the overloads out. Looking the two up by their exact signatures keeps Hadoop off
   * the compile class path as well as the runtime one (parquet-hadoop declares it {@code provided}); the plain configuration
   * is what stops the builder from creating a Hadoop {@code Configuration} at {@code build()}.
   */
  private static ExampleParquetWriter.Builder hadoopFreeBuilder(OutputFile file) throws IOException {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle builder = lookup.findStatic(ExampleParquetWriter.class, "builder",
          MethodType.methodType(ExampleParquetWriter.Builder.class, OutputFile.class));
      MethodHandle withConf = lookup.findVirtual(ParquetWriter.Builder.class, "withConf",
          MethodType.methodType(ParquetWriter.Builder.class, ParquetConfiguration.class));
      Object b = builder.invoke(file);
      return (ExampleParquetWriter.Builder) withConf.invoke(b, (ParquetConfiguration) new PlainParquetConfiguration());
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("parquet-hadoop's writer builder is not what this class was written for", e);
    }
  }

  /** The file's schema: every column optional (a paper has no stars) except the id and the lists (empty, never null). */
  static MessageType schema(List<FactColumn> columns) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (FactColumn c : columns) {
      Type.Repetition repetition = c.field().equals("id") ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
      switch (c.type()) {
        case TEXT -> message.primitive(PrimitiveTypeName.BINARY, repetition)
            .as(LogicalTypeAnnotation.stringType()).named(c.name());
        case INT -> message.primitive(PrimitiveTypeName.INT32, repetition).named(c.name());
        case LONG -> message.primitive(PrimitiveTypeName.INT64, repetition).named(c.name());
        case TEXT_LIST -> message.requiredList()
            .requiredElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
            .named(c.name());
      }
    }
    return message.named("document");
  }

  @Override
  public void write(FactRow row) throws IOException {
    Group g = groups.newGroup();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).name();
      Object cell = row.get(i);
      if (cell instanceof String s) {
        g.append(name, s);
      } else if (cell instanceof Integer n) {
        g.append(name, n);
      } else if (cell instanceof Long n) {
        g.append(name, n);
      } else if (cell instanceof List<?> values) {
        // LIST layout: <name> (LIST) > repeated group list > element.
        Group list = g.addGroup(name);
        for (Object v : values) {
          list.addGroup("list").append("element", String.valueOf(v));
        }
      }
      // null: an optional field left out
    }
    writer.write(g);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}

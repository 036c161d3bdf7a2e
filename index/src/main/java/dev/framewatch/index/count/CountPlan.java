package dev.framewatch.index.count;

import dev.framewatch.core.method.Method;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.query.WhereParser;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.schema.IndexSchema;
import dev.framewatch.index.schema.MethodCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What one share count counts: which documents (the {@code --where} query less the method's exclusions and the star
 * snapshots), grouped by which dimensions, on which method's framework field, and whether documents naming n frameworks give
 * each 1/n. Deciding this is apart from the tally engine, which only runs a plan.
 *
 * @param where the {@code --where} text as given (null or blank for all documents)
 * @param by the requested dimensions, as the result reports them
 * @param groupBy the dimensions that form groups: {@code by} without {@code framework} (the rows carry it), each once
 * @param frameworkField the doc-values field holding the method's frameworks
 */
public record CountPlan(String where, List<Dimension> by, List<Dimension> groupBy, Query query, String frameworkField,
    String methodName, String methodVersion, boolean fractional) {

  public CountPlan {
    by = List.copyOf(by);
    groupBy = List.copyOf(groupBy);
  }

  /**
   * The plan for {@code method}, or for the method the index's primary field was built with when {@code method} is null.
   *
   * @throws IllegalArgumentException when {@code where} does not parse, or the index does not count with {@code method}
   */
  public static CountPlan of(IndexReader reader, WhereParser parser, String where, List<Dimension> by, Method method) {
    CommitData commit = IndexDirectory.commitData(reader);
    String field = IndexSchema.FRAMEWORK;
    String name = commit.methodName();
    String version = commit.methodVersion();
    boolean fractional = false;
    if (method != null) {
      MethodCheck.requireCountsWith(commit, method);
      field = IndexSchema.frameworkField(method.name(), method.name().equals(commit.methodName()));
      name = method.name();
      version = method.version();
      fractional = method.multiple() == Method.Multiple.FRACTIONAL;
    }
    List<Dimension> groupBy = by.stream().filter(d -> d != Dimension.FRAMEWORK).distinct().toList();
    return new CountPlan(where, by, groupBy, query(reader, parser.parse(where), where, name), field, name, version,
        fractional);
  }

  /** The documents to count: exclusion clauses only where the index has such documents (each costs a check per match). */
  private static Query query(IndexReader reader, Query parsed, String where, String methodName) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
    boolean filtered = false;
    Term excluded = methodName == null ? null : new Term(IndexSchema.EXCLUDED, methodName);
    Term stars = new Term(IndexSchema.KIND, "stars");
    try {
      // Documents the method's exclusions remove are outside its counts altogether, denominators included.
      if (excluded != null && reader.docFreq(excluded) > 0) {
        q.add(new TermQuery(excluded), BooleanClause.Occur.MUST_NOT);
        filtered = true;
      }
      // Daily star snapshots are a time series of one repository, not documents that each choose a framework: counted as
      // documents, 3,000 days of one repo would outweigh every paper. Shares count them only when asked (--where kind:...).
      if ((where == null || !where.contains(IndexSchema.KIND + ":")) && reader.docFreq(stars) > 0) {
        q.add(new TermQuery(stars), BooleanClause.Occur.MUST_NOT);
        filtered = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    return filtered ? q.build() : parsed;
  }
}

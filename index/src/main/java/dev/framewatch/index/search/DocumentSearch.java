package dev.framewatch.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Stars;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.query.WhereParser;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Drill-down: the documents behind any cell of a share table, with the passage that made each count. Uses the same filter
 * parsing and the same keyword values as the counting engine, so the documents listed are exactly the ones counted.
 */
public final class DocumentSearch {
  private static final int EVIDENCE_CONTEXT = 80;

  private final FrameworkDetector detector;
  private final DocumentBuilder builder;
  private final WhereParser whereParser;

  public DocumentSearch(FrameworkDetector detector, Vocabulary vocabulary) {
    this.detector = detector;
    this.builder = new DocumentBuilder(detector, vocabulary);
    this.whereParser = new WhereParser(vocabulary);
  }

  /** The Lucene query for a drill-down: the filter scores, the cell and framework only filter. */
  public Query query(DrillDown request) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(whereParser.parse(request.where()), BooleanClause.Occur.MUST);
    for (Map.Entry<Dimension, String> e : request.cell().entrySet()) {
      String field = IndexSchema.fieldOf(e.getKey());
      if (e.getValue() == null || e.getValue().isEmpty()) {
        q.add(new FieldExistsQuery(field), BooleanClause.Occur.MUST_NOT);
      } else {
        q.add(new TermQuery(new Term(field, e.getValue())), BooleanClause.Occur.FILTER);
      }
    }
    if (request.framework() != null) {
      q.add(new TermQuery(new Term(IndexSchema.FRAMEWORK, request.framework())), BooleanClause.Occur.FILTER);
    }
    return q.build();
  }

  public DocumentPage find(IndexReader reader, DrillDown request) {
    Query query = query(request);
    IndexSearcher searcher = new IndexSearcher(reader);
    try {
      int n = request.offset() + request.limit();
      TopDocs top = request.order() == DrillDown.Order.NEWEST
          ? searcher.search(query, n, new Sort(new SortField(IndexSchema.DAY, SortField.Type.LONG, true)), true)
          : searcher.search(query, n, Sort.RELEVANCE, true); // ties keep index order, so pages are stable
      List<DocumentHit> hits = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = request.offset(); i < docs.length; i++) {
        String json = searcher.storedFields().document(docs[i].doc).get(IndexSchema.SOURCE_JSON);
        hits.add(hit(RecordCodec.decode(json), Float.isNaN(docs[i].score) ? 0f : docs[i].score));
      }
      return new DocumentPage(searcher.count(query), request.offset(), hits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index: " + e.getMessage(), e);
    }
  }

  private DocumentHit hit(EvidenceRecord record, float score) {
    Map<String, List<String>> keywords = builder.keywordValues(record);
    List<String> frameworks = keywords.getOrDefault(IndexSchema.FRAMEWORK, List.of());
    Map<String, String> evidence = new LinkedHashMap<>();
    for (String fw : frameworks) {
      detector.evidence(record, fw, EVIDENCE_CONTEXT).ifPresent(e -> evidence.put(fw, e));
    }
    return new DocumentHit(record.id(), record.kind().wireName(), record.source(), title(record),
        first(keywords, IndexSchema.VENUE), first(keywords, IndexSchema.YEAR), frameworks, evidence, url(record), score);
  }

  private static String first(Map<String, List<String>> keywords, String field) {
    List<String> v = keywords.get(field);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The indexed title, except that a star snapshot names its day too (one repository has one per day). */
  private static String title(EvidenceRecord r) {
    if (r instanceof Stars s) {
      return s.repo() + " " + s.date();
    }
    String title = DocumentBuilder.title(r);
    return title == null ? r.id() : title;
  }

  /** Where a person can see the document at its source, when the record says. */
  private static String url(EvidenceRecord r) {
    if (r instanceof Paper p) {
      String page = p.links().getOrDefault("page", p.links().get("pdf"));
      if (page != null) {
        return page;
      }
    }
    JsonNode u = r.extra().get("url");
    return u != null && u.isTextual() ? u.textValue() : null;
  }
}

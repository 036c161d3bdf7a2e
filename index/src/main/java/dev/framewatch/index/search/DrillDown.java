package dev.framewatch.index.search;

import dev.framewatch.index.schema.Dimension;
import java.util.Map;

/**
 * The documents behind one number: the analyst's filter, the cell's dimension values and optionally one framework.
 *
 * @param where a {@code --where} query, or null for all documents
 * @param cell dimension values of the cell, e.g. {venue: cvpr, year: 2019}; an empty value means "documents without one"
 * @param framework only documents counted for this framework, or null for all
 * @param order relevance to {@code where} or newest first
 */
public record DrillDown(String where, Map<Dimension, String> cell, String framework, Order order, int offset, int limit) {
  /** How hits are ranked. */
  public enum Order {
    RELEVANCE, NEWEST
  }

  public static final int MAX_LIMIT = 1000;

  public DrillDown {
    cell = cell == null ? Map.of() : Map.copyOf(cell);
    order = order == null ? Order.RELEVANCE : order;
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (cell.containsKey(Dimension.FRAMEWORK)) {
      throw new IllegalArgumentException("give the framework as its own parameter, not as a cell dimension");
    }
  }
}

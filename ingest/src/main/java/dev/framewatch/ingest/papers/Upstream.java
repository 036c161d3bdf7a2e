package dev.framewatch.ingest.papers;

/**
 * The sites papers come from.
 *
 * @param configKey the key under {@code sources.papers.} holding its base URL, e.g. {@code cvf} for {@code cvf.base-url}
 * @param listingPath the listing's path, {@code {id}} standing for the venue's upstream id (see {@link VenueTable}); paged
 *     upstreams add their own query
 * @param sharedHost true when {@code sources.papers.base-url}, if set, serves it (demo site, tests)
 */
public enum Upstream {
  CVF("cvf", "/{id}?day=all", true),
  NEURIPS("neurips", "/paper_files/paper/{id}", true),
  PMLR("pmlr", "/{id}/", true),
  /** The Anthology's per-collection XML, as laid out in the acl-org/acl-anthology repository ({@code data/xml/}). */
  ACL("acl", "/data/xml/{id}.xml", false),
  OPENREVIEW("openreview", "/notes?content.venueid={id}", false),
  ARXIV("arxiv", "/api/query?search_query=cat:{id}", false);

  private final String configKey;
  private final String listingPath;
  private final boolean sharedHost;

  Upstream(String configKey, String listingPath, boolean sharedHost) {
    this.configKey = configKey;
    this.listingPath = listingPath;
    this.sharedHost = sharedHost;
  }

  public String configKey() {
    return configKey;
  }

  public boolean sharedHost() {
    return sharedHost;
  }

  public String listingPath(String upstreamId) {
    return listingPath.replace("{id}", upstreamId);
  }
}

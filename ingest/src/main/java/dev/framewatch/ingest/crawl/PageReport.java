package dev.framewatch.ingest.crawl;

import java.net.URI;

/**
 * Progress after one page of a crawl, for the command line and the dashboard.
 *
 * @param partition which part of the source the page belongs to (a library filter, a venue, a repository); empty when none
 * @param status the HTTP status, 0 when there was no response
 * @param attempts requests the page took; more than 1 means retries
 * @param records records published from this page
 * @param deadLettered dead letters sent for this page
 * @param totalRecords records published by the crawl so far
 */
public record PageReport(
    String source, String partition, URI url, int status, int attempts, int records, int deadLettered, long totalRecords) {}

package dev.framewatch.ingest.jobs;

import java.time.Instant;

/**
 * An "Ask HN: Who is hiring?" story as the search lists it.
 *
 * @param id the story id
 * @param title as posted, e.g. "Ask HN: Who is hiring? (March 2024)"
 * @param createdAt when it was posted
 * @param comments its comment count ({@code num_comments}, replies included) when searched; -1 when the hit gave none
 */
public record HiringThread(long id, String title, Instant createdAt, int comments) {}

package org.innograph.bookmarks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a request may wait for the database to reach the bookmarks it sent, and how
 * many may wait at once. The waiting happens on connections of their own, outside the
 * pool queries use.
 *
 * @param maxWait the longest a request waits; a bookmark not reached by then is refused
 * (400)
 * @param maxWaiting how many requests may wait at once; more are answered 503 at once
 */
@ConfigurationProperties("innograph.bookmarks")
public record BookmarkProperties(@DefaultValue("2s") Duration maxWait, @DefaultValue("8") int maxWaiting) {
}

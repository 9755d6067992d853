/**
 * Read-your-writes across application instances: a response to a request that wrote
 * carries the database's bookmark of that write, and a request that sends a bookmark back
 * has its transactions begin from it, so a cluster member that has not caught up yet
 * waits before it answers. The wait is checked first, briefly and outside the queries'
 * connection pool, so that a bookmark from the future cannot hold that pool.
 */
package org.innograph.bookmarks;

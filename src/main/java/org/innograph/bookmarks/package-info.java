/**
 * Read-your-writes across application instances: a response to a request that wrote carries the
 * database's bookmark of that write, and a request that sends a bookmark back has its transactions begin
 * from it, so a cluster member that has not caught up yet waits before it answers.
 */
package org.innograph.bookmarks;

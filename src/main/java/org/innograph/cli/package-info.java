/**
 * Command-line commands run by the same jar without the web server
 * ({@code java -jar innograph.jar
 * <command> …}): each is a {@link org.innograph.cli.Command} bean, found by name.
 */
package org.innograph.cli;

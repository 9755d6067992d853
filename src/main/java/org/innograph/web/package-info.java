/**
 * Pages served by the application: the GraphQL query editor (and the explorer), from the
 * jar only.
 */
package org.innograph.web;

/**
 * Pages served by the application: the explorer and the GraphQL query editor, from the
 * jar only, with their assets named by content so that they can be cached.
 */
package org.innograph.web;

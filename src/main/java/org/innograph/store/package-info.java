/**
 * The database as the application sees it: which database to use, the schema (constraints
 * and indexes), and the startup steps that prepare it (schema, then seed) with a clear
 * word when the database cannot be reached.
 */
package org.innograph.store;

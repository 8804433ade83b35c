/**
 * The mapping engine: rows of an export file, read by their headers, become the seed's resources
 * (customers, orders, subscriptions, events) by a declarative mapping ({@link
 * com.zangsho.mapping.Mapping}), with every problem named by file, line, column and value.
 */
package com.zangsho.mapping;

/**
 * The console at {@code /console/}: revenue, customers, orders and file imports in the browser,
 * served as plain files (no build step, no outside address) that call the {@code /v1} API with the
 * token the person signs in with.
 */
package com.zangsho.web.console;

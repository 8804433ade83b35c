/**
 * The application as JAX-RS and OpenAPI see it: its root, the document's shared parts, messages in
 * both languages, the rule for path ids.
 */
package com.zangsho.web.api;

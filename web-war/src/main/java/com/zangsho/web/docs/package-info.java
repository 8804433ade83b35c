/**
 * What answers without a token: Swagger UI at {@code /docs}, {@code /health}, and the static files
 * they and the console are made of.
 */
package com.zangsho.web.docs;

/**
 * The request bodies as the OpenAPI document describes them. Requests are read as JSON-P values (so
 * a wrong type is a 422 naming the field), so these records exist for the document only.
 */
package com.zangsho.web.api.schema;

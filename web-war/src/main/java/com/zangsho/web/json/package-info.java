/** How JSON is read from requests and written to responses: envelopes, timestamps, naming. */
package com.zangsho.web.json;

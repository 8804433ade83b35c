/** {@code /v1/webhooks}: subscriptions to events, and how each delivery went. */
package com.zangsho.web.webhook;

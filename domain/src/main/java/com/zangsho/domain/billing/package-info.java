/** What orders and subscriptions share: billing cycles and where a record came from. */
package com.zangsho.domain.billing;

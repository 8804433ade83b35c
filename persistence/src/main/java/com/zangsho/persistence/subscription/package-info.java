/** The repositories of subscriptions and their events. */
package com.zangsho.persistence.subscription;

/** What an operator watches of the whole server: backlogs and stores, across tenants, as counts. */
package com.zangsho.domain.operations;

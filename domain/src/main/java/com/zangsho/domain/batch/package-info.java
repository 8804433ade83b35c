/** What a batch import decides for each item, and the report it answers with. */
package com.zangsho.domain.batch;

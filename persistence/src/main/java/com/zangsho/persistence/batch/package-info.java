/** What a batch needs of the persistence context beyond one aggregate's repository. */
package com.zangsho.persistence.batch;

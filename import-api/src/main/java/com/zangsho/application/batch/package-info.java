/**
 * What the four batch imports share: the endpoint in one call, dry runs that keep nothing, and the
 * re-run of a batch that lost a race on a unique key (docs/api.md §8).
 */
package com.zangsho.application.batch;

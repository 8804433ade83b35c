/** What every batch endpoint shares: the request envelope and the seed's result shape. */
package com.zangsho.web.batch;

/** The orders' repository, and the grouped queries behind the stats and the customer figures. */
package com.zangsho.persistence.order;

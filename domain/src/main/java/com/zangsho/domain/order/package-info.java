/** Orders: the rules of one, what a batch of them does, and what they add up to. */
package com.zangsho.domain.order;

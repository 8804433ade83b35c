/** Money as the contract has it: non-negative, two decimals, at most twelve integer digits. */
package com.zangsho.domain.money;

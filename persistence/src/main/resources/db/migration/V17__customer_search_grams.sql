-- Search finds a fragment anywhere in an e-mail or a name (docs/api.md §5, SearchGrams): each
-- customer is indexed under the three-character pieces of its name and of its e-mail before the
-- '@', and each CJK character alone; a piece is a number (its code points side by side). The key is the look-up (a tenant's customers with one piece, in id
-- order, which is the list's order); nothing else indexes the table, so a customer write adds a
-- row per piece and nothing more. V18 fills it for the customers already here.
CREATE TABLE customer_search_grams (
  tenant_id BIGINT NOT NULL,
  gram BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  CONSTRAINT pk_customer_search_grams PRIMARY KEY (tenant_id, gram, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A tenant's e-mail domains, each once: a fragment of a domain is looked for in this short list,
-- then its customers through ix_customers_email_reversed (how an e-mail ends). Rows stay when the
-- last customer of a domain goes; a search through them only finds customers that exist.
CREATE TABLE customer_email_domains (
  tenant_id BIGINT NOT NULL,
  domain VARCHAR(255) NOT NULL,
  CONSTRAINT pk_customer_email_domains PRIMARY KEY (tenant_id, domain)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A name is now found by its pieces; the backwards key and both name indexes were only for how it
-- starts and ends (one or two Latin characters match the start of the e-mail alone, docs/api.md §5).
DROP INDEX ix_customers_name_reversed ON customers;
DROP INDEX ix_customers_name ON customers;
ALTER TABLE customers DROP COLUMN name_key_reversed;

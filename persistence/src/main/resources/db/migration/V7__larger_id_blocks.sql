-- A 100-row batch used up a 100-id block, so every batch also ran the generator's own transaction
-- on id_sequences (a SELECT ... FOR UPDATE, an UPDATE and a commit, that is an fsync). The four
-- tables batches write now take blocks of 1000 ids (allocationSize in their entities).
--
-- Hibernate's pooled optimizer takes next_val as the upper end of its next block and hands out the
-- ids below it; moving next_val on by the difference (1000 - 100) keeps the first 1000-block clear
-- of every id the 100-blocks handed out. A gap of up to 1000 ids per server start is the price.
UPDATE id_sequences
   SET next_val = next_val + 900
 WHERE sequence_name IN ('customers', 'orders', 'subscriptions', 'subscription_events');

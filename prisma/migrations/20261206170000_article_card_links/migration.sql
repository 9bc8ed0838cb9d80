-- issue-15: article cards in article bodies. Kept from the body on every save, so that
-- a change to the linked article expires the pages that show its card.
CREATE TABLE "article_card_links" (
    "article_id" UUID NOT NULL,
    "linked_id" UUID NOT NULL,

    CONSTRAINT "article_card_links_pkey" PRIMARY KEY ("article_id","linked_id")
);

CREATE INDEX "article_card_links_linked_id_idx" ON "article_card_links"("linked_id");

ALTER TABLE "article_card_links" ADD CONSTRAINT "article_card_links_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article_card_links" ADD CONSTRAINT "article_card_links_linked_id_fkey" FOREIGN KEY ("linked_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
